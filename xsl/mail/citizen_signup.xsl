<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/citizen_signup.xsl: a person who opened a citizen account chooses
     a password. <mail><name/><email/><org/><link/><hours/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='citizen_mail.signup_subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$t[@k='citizen_mail.signup_asked']"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.signup_action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'citizen_mail.signup_valid'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/hours)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.signup_not_you']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:value-of select="$t[@k='citizen_mail.signup_asked']"/></p>
    <p><xsl:value-of select="$t[@k='citizen_mail.signup_action']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='citizen_mail.signup_button']"/></a></p>
    <p><xsl:value-of select="/mail/link"/></p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'citizen_mail.signup_valid'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(/mail/hours)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='citizen_mail.signup_not_you']"/></p>
  </xsl:template>
</xsl:stylesheet>
