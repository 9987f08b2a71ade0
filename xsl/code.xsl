<?xml version="1.0" encoding="UTF-8"?>
<!--
  code.xsl: the second step of signing in.
  <content><code next="/account"/></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">code.title</xsl:template>

  <xsl:template match="content">
    <p class="lead"><xsl:value-of select="$t[@k='code.intro']"/></p>
    <form method="post" action="/login/code" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="next" value="{code/@next}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'code'"/>
        <xsl:with-param name="label" select="'code.code'"/>
        <xsl:with-param name="help" select="'code.code_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'one-time-code'"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='code.submit']"/></button>
      </div>
    </form>
    <form method="post" action="/logout" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='code.cancel']"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
