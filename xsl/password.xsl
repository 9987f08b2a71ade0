<?xml version="1.0" encoding="UTF-8"?>
<!--
  password.xsl: a logged-in user changes their password.
  <content><password/></content>
  Errors: current (err.required, err.password.current, err.password.blocked),
  password (err.password.*), confirm (err.password.mismatch).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="pwrules.xsl"/>

  <xsl:template name="title">password.title</xsl:template>

  <xsl:template match="content">
    <p class="lead"><xsl:value-of select="$t[@k='password.intro']"/></p>
    <xsl:call-template name="password-rules"/>
    <form method="post" action="/account/password" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'current'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="label" select="'password.current'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
      </xsl:call-template>
      <xsl:call-template name="new-password-fields"/>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='password.submit']"/></button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="/account"><xsl:value-of select="$t[@k='password.cancel']"/></a>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
