<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/reset.xsl: the link of "forgot your password?".
     <mail><name/><email/><org/><link/><minutes/> or <hours/></mail>
     (cgi-bin/lib/invite.c writes hours for a life of a whole hour or more) -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="minutes">
    <xsl:choose>
      <xsl:when test="/mail/minutes"><xsl:value-of select="/mail/minutes"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="/mail/hours * 60"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.reset.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.reset.what'"/>
      <xsl:with-param name="name" select="'email'"/>
      <xsl:with-param name="with" select="string(/mail/email)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.reset.action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.reset.valid'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string($minutes)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.reset.not_you']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.reset.what'"/>
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="with" select="string(/mail/email)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.reset.action']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='mail.reset.button']"/></a></p>
    <p><xsl:value-of select="/mail/link"/></p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.reset.valid'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string($minutes)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.reset.not_you']"/></p>
  </xsl:template>
</xsl:stylesheet>
