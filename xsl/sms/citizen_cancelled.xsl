<?xml version="1.0" encoding="UTF-8"?>
<!-- sms/citizen_cancelled.xsl: the SMS of an appointment cancelled.
     <sms><appointment><starts_at local=".." dow=".."/><service/><establishment/>
     <cancelled_by/></appointment><link/></sms> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="../citizen.xsl"/>

  <xsl:template name="text">
    <xsl:variable name="a" select="/sms/appointment"/>
    <xsl:value-of select="$t[@k='citizen_sms.cancelled']"/>
    <xsl:text> </xsl:text>
    <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/starts_at"/><xsl:with-param name="markup" select="false()"/></xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="$a/service"/>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="$a/establishment"/>
    <xsl:text>. </xsl:text>
    <xsl:value-of select="concat($a/given_name, ' ', $a/family_name)"/>
    <xsl:text>. </xsl:text>
    <xsl:value-of select="$t[@k='citizen_sms.again']"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="/sms/link"/>
  </xsl:template>
</xsl:stylesheet>
