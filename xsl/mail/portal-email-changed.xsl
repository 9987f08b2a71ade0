<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/portal-email-changed.xsl: sent to the old address when staff
     change the address a family portal login signs in with. The new
     address is not told. <mail><name/><org/><link/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.portal_email.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.portal_email.text'"/>
      <xsl:with-param name="name" select="'org'"/>
      <xsl:with-param name="with" select="string(/mail/org)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.portal_email.not_expected']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.portal_email.text'"/>
        <xsl:with-param name="name" select="'org'"/>
        <xsl:with-param name="with" select="string(/mail/org)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.portal_email.not_expected']"/></p>
  </xsl:template>
</xsl:stylesheet>
