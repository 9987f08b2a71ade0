<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/cert-expiry.xsl: the responsible person of a secure space learns
     that its certificate ends soon (60, 30 and 7 days before).
     <mail><name/><group/><certificate/><identifier/><not_after/>
     <days/><link/></mail> (tools/cmd_certificate.c) -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="date">
    <xsl:call-template name="datetime">
      <xsl:with-param name="value" select="/mail/not_after"/>
      <xsl:with-param name="format" select="'date'"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:template name="subject">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.sso_expiry.subject'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/days)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="what">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.sso_expiry.what'"/>
      <xsl:with-param name="name" select="'group'"/>
      <xsl:with-param name="with" select="string(/mail/group)"/>
    </xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.sso_expiry.when'"/>
      <xsl:with-param name="name" select="'date'"/>
      <xsl:with-param name="with" select="string($date)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="what"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="/mail/certificate"/>
    <xsl:text> (NIH </xsl:text>
    <xsl:value-of select="/mail/identifier"/>
    <xsl:text>)&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.sso_expiry.action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.sso_expiry.after']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:call-template name="what"/></p>
    <p><strong><xsl:value-of select="/mail/certificate"/></strong> (NIH <xsl:value-of select="/mail/identifier"/>)</p>
    <p><xsl:value-of select="$t[@k='mail.sso_expiry.action']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='mail.sso_expiry.button']"/></a></p>
    <p><xsl:value-of select="$t[@k='mail.sso_expiry.after']"/></p>
  </xsl:template>
</xsl:stylesheet>
