<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/citizen_cancelled.xsl: an appointment was cancelled, by the
     citizen or by the establishment (see ../citizen_mail.xsl for the data). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="../citizen_mail.xsl"/>

  <xsl:variable name="by-establishment" select="/mail/appointment/cancelled_by = 'establishment'"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='citizen_mail.cancelled_subject']"/></xsl:template>

  <xsl:template name="lead">
    <xsl:choose>
      <xsl:when test="$by-establishment"><xsl:value-of select="$t[@k='citizen_mail.cancelled_by_establishment']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='citizen_mail.cancelled_by_citizen']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="lead"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="appt-lines"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.book_again']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="concat($base, '/citizen/slots?service=', /mail/appointment/service_id)"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:call-template name="lead"/></p>
    <xsl:call-template name="appt-list"/>
    <p><a href="{$base}/citizen/slots?service={/mail/appointment/service_id}"><xsl:value-of select="$t[@k='citizen_mail.book_again']"/></a></p>
  </xsl:template>
</xsl:stylesheet>
