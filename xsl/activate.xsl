<?xml version="1.0" encoding="UTF-8"?>
<!--
  activate.xsl: the new user chooses a password from the invitation link.
  <content><choose token="…" email="ana@example.test"/></content>
  <content><gone state="expired|used|unknown"/></content>  (status 404)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="pwrules.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/gone">activate.gone_title</xsl:when>
      <xsl:otherwise>activate.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[choose]">
    <xsl:variable name="c" select="choose"/>
    <p class="lead"><xsl:value-of select="$t[@k='activate.intro']"/></p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'pwrules.account'"/>
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="with"><strong><xsl:value-of select="$c/@email"/></strong></xsl:with-param>
      </xsl:call-template>
    </p>
    <xsl:call-template name="password-rules"/>
    <form method="post" action="/activate" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="token" value="{$c/@token}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="new-password-fields"/>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='activate.submit']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="content[gone]">
    <xsl:variable name="key" select="concat('activate.', gone/@state)"/>
    <p class="lead"><xsl:value-of select="$t[@k=$key]"/></p>
    <p><xsl:value-of select="$t[@k='activate.ask_admin']"/></p>
    <p><xsl:value-of select="$t[@k='activate.ask_reset']"/></p>
    <ul>
      <li><a href="/password/forgot"><xsl:value-of select="$t[@k='activate.forgot_link']"/></a></li>
      <li><a href="/login"><xsl:value-of select="$t[@k='activate.login_link']"/></a></li>
    </ul>
  </xsl:template>

</xsl:stylesheet>
