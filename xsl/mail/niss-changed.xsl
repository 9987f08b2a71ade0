<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/niss-changed.xsl: the owner of an account learns that its
     national number was set or removed, by themselves or by an admin.
     The number itself is not in the message.
     <mail><name/><state>set|removed</state><by>self|admin</by></mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="what">
    <xsl:choose>
      <xsl:when test="/mail/state = 'removed' and /mail/by = 'self'"><xsl:value-of select="$t[@k='mail.sso_niss.removed_self']"/></xsl:when>
      <xsl:when test="/mail/state = 'removed'"><xsl:value-of select="$t[@k='mail.sso_niss.removed_admin']"/></xsl:when>
      <xsl:when test="/mail/by = 'self'"><xsl:value-of select="$t[@k='mail.sso_niss.set_self']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='mail.sso_niss.set_admin']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='mail.sso_niss.subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$what"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.sso_niss.why']"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.sso_niss.not_you']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:value-of select="$what"/></p>
    <p><xsl:value-of select="$t[@k='mail.sso_niss.why']"/></p>
    <p><xsl:value-of select="$t[@k='mail.sso_niss.not_you']"/></p>
  </xsl:template>
</xsl:stylesheet>
