<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/locked.xsl: the owner of an account learns it is locked.
     <mail><name/><minutes/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.locked.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$t[@k='mail.locked.what']"/>
    <xsl:text> </xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.locked.wait'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/minutes)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.locked.not_you']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:value-of select="$t[@k='mail.locked.what']"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.locked.wait'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(/mail/minutes)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.locked.not_you']"/></p>
  </xsl:template>
</xsl:stylesheet>
