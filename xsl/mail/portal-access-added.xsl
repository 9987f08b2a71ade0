<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/portal-access-added.xsl: a family portal login that is already
     active now reaches one more profile. No link that signs in: the
     address of the portal only. <mail><name/><org/><link/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.portal_added.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.portal_added.text'"/>
      <xsl:with-param name="name" select="'org'"/>
      <xsl:with-param name="with" select="string(/mail/org)"/>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.portal_added.text'"/>
        <xsl:with-param name="name" select="'org'"/>
        <xsl:with-param name="with" select="string(/mail/org)"/>
      </xsl:call-template>
    </p>
    <p><a href="{/mail/link}"><xsl:value-of select="/mail/link"/></a></p>
  </xsl:template>
</xsl:stylesheet>
