<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_mail.xsl: what the messages about an appointment share
  (included by mail/citizen_booked.xsl, citizen_cancelled.xsl and
  citizen_reminder.xsl after they import layout.xsl).
  <mail><name/><appointment><starts_at local=".." dow=".."/><service/>
    <establishment/><address_line/><city/><postal_code/><establishment_phone/>
    <cutoff_hours/><given_name/><family_name/><cancelled_by/>…</appointment>
    <link/></mail>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="citizen.xsl"/>

  <xsl:variable name="a" select="/mail/appointment"/>

  <xsl:template name="appt-lines">
    <xsl:value-of select="$t[@k='citizen_mail.when']"/>
    <xsl:text> </xsl:text>
    <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/starts_at"/><xsl:with-param name="markup" select="false()"/></xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.for']"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="concat($a/given_name, ' ', $a/family_name)"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.service']"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="$a/service"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.where']"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="concat($a/establishment, ', ', $a/address_line, ', ', $a/city, ' ', $a/postal_code)"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.phone']"/>
    <xsl:text> </xsl:text>
    <xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($a/establishment_phone)"/></xsl:call-template>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="appt-list">
    <ul>
      <li><xsl:value-of select="$t[@k='citizen_mail.when']"/><xsl:text> </xsl:text><strong><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/starts_at"/><xsl:with-param name="markup" select="false()"/></xsl:call-template></strong></li>
      <li><xsl:value-of select="$t[@k='citizen_mail.for']"/><xsl:text> </xsl:text><xsl:value-of select="concat($a/given_name, ' ', $a/family_name)"/></li>
      <li><xsl:value-of select="$t[@k='citizen_mail.service']"/><xsl:text> </xsl:text><xsl:value-of select="$a/service"/></li>
      <li><xsl:value-of select="$t[@k='citizen_mail.where']"/><xsl:text> </xsl:text><xsl:value-of select="concat($a/establishment, ', ', $a/address_line, ', ', $a/city, ' ', $a/postal_code)"/></li>
      <li><xsl:value-of select="$t[@k='citizen_mail.phone']"/><xsl:text> </xsl:text><xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($a/establishment_phone)"/></xsl:call-template></li>
    </ul>
  </xsl:template>

  <!-- "You can confirm or cancel until …" -->
  <xsl:template name="appt-cutoff">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'citizen_mail.cutoff'"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string($a/cutoff_hours)"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
