<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/citizen_address_used.xsl: someone tried to open a citizen account
     with the address of an existing account, which gets this message.
     <mail><name/><kind>citizen|professional</kind></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="pro" select="/mail/kind = 'professional'"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='citizen_mail.used_subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$t[@k='citizen_mail.used_asked']"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:choose>
      <xsl:when test="$pro">
        <xsl:value-of select="$t[@k='citizen_mail.used_professional']"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="concat($base, '/citizen/signup')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$t[@k='citizen_mail.used_citizen']"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="concat($base, '/login')"/>
        <xsl:text>&#10;&#10;</xsl:text>
        <xsl:value-of select="$t[@k='citizen_mail.used_forgot']"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="concat($base, '/password/forgot')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.used_not_you']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:value-of select="$t[@k='citizen_mail.used_asked']"/></p>
    <xsl:choose>
      <xsl:when test="$pro">
        <p><strong><xsl:value-of select="$t[@k='citizen_mail.used_professional']"/></strong></p>
        <p><a href="{$base}/citizen/signup"><xsl:value-of select="$t[@k='citizen_mail.used_signup_button']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='citizen_mail.used_citizen']"/></p>
        <p><a href="{$base}/login"><xsl:value-of select="$t[@k='citizen_mail.used_login_button']"/></a></p>
        <p><xsl:value-of select="$t[@k='citizen_mail.used_forgot']"/></p>
        <p><a href="{$base}/password/forgot"><xsl:value-of select="$t[@k='citizen_mail.used_forgot_button']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
    <p><xsl:value-of select="$t[@k='citizen_mail.used_not_you']"/></p>
  </xsl:template>
</xsl:stylesheet>
