<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/portal-invite-brief.xsl: the family portal invitation, short
     wording, for organisations that prefer it. The same data as
     portal-invite.xsl: <mail><name/><email/><org/><link/><hours/></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template name="subject">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.portal_invite_brief.subject'"/>
      <xsl:with-param name="name" select="'org'"/>
      <xsl:with-param name="with" select="string(/mail/org)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$t[@k='mail.portal_invite_brief.action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'mail.activation.valid'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/hours)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:value-of select="$t[@k='mail.portal_invite_brief.action']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='mail.portal_invite.button']"/></a></p>
    <p><xsl:value-of select="/mail/link"/></p>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'mail.activation.valid'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(/mail/hours)"/>
      </xsl:call-template>
    </p>
  </xsl:template>
</xsl:stylesheet>
