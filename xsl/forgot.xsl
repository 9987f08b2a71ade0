<?xml version="1.0" encoding="UTF-8"?>
<!--
  forgot.xsl: "forgot your password?", then the same answer for every
  address (whether an account exists is never told).
  <content><forgot><email>typed@example.test</email></forgot></content>
  <content><forgot sent="1"><minutes>60</minutes></forgot></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/forgot/@sent = '1'">forgot.sent_title</xsl:when>
      <xsl:otherwise>forgot.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[forgot/@sent = '1']">
    <p class="lead">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'forgot.sent'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(forgot/minutes)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='forgot.not_received']"/></p>
    <p><a href="/login"><xsl:value-of select="$t[@k='forgot.back']"/></a></p>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="f" select="forgot"/>
    <p class="lead"><xsl:value-of select="$t[@k='forgot.intro']"/></p>
    <form method="post" action="/password/forgot" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'forgot.email'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'username'"/>
        <xsl:with-param name="value" select="string($f/email)"/>
        <xsl:with-param name="maxlength" select="'254'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='forgot.submit']"/></button>
      </div>
    </form>
    <p><a href="/login"><xsl:value-of select="$t[@k='forgot.back']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
