<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/activation.xsl: a new account's owner is invited to choose a
     password. <mail><name/><email/><org/><link/><hours/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.activation.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.activation.invited'"/>
      <xsl:with-param name="name" select="'org'"/>
      <xsl:with-param name="with" select="string(/mail/org)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.activation.action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.activation.valid'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/hours)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.activation.not_expected']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.activation.invited'"/>
        <xsl:with-param name="name" select="'org'"/>
        <xsl:with-param name="with" select="string(/mail/org)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.activation.action']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='mail.activation.button']"/></a></p>
    <p><xsl:value-of select="/mail/link"/></p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.activation.valid'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(/mail/hours)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.activation.not_expected']"/></p>
  </xsl:template>
</xsl:stylesheet>
