<?xml version="1.0" encoding="UTF-8"?>
<!--
  login.xsl: the sign-in form.
  <content><login next="/account"><email>typed@example.test</email></login></content>
  Field errors (email, password) are shown inline; form-level ones
  (err.login.failed, err.csrf) in the error summary only.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">login.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="login" select="login"/>
    <p class="lead"><xsl:value-of select="$t[@k='login.intro']"/></p>
    <form method="post" action="/login" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:if test="string($login/@next)">
        <input type="hidden" name="next" value="{$login/@next}"/>
      </xsl:if>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'login.email'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'username'"/>
        <xsl:with-param name="value" select="string($login/email)"/>
        <xsl:with-param name="maxlength" select="'254'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'password'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="label" select="'login.password'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='login.submit']"/></button>
      </div>
    </form>
    <p class="form-note"><a href="/password/forgot"><xsl:value-of select="$t[@k='login.forgot']"/></a></p>
    <p class="form-note">
      <a href="/citizen/signup"><xsl:value-of select="$t[@k='citizen_signup.title']"/></a>
      <xsl:text> · </xsl:text>
      <a href="/citizen/search"><xsl:value-of select="$t[@k='citizen_signup.search_link']"/></a>
    </p>
    <p class="form-note"><a href="/login/certificate"><xsl:value-of select="$t[@k='sso_login.link']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
