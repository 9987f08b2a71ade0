<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_manage.xsl: an appointment booked without an account, from the
  link of its mail.
  <content><appointment changeable="0|1" past="0|1">…see appt.c…</appointment>
    <link a="12" key="…"/></content>
  POST /citizen/manage: csrf, a, key, action=confirm|cancel, version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>
  <xsl:include href="citizen_appt.xsl"/>

  <xsl:template name="title">citizen_manage.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="appt-detail">
      <xsl:with-param name="a" select="appointment"/>
      <xsl:with-param name="action" select="'/citizen/manage'"/>
      <xsl:with-param name="link" select="link"/>
    </xsl:call-template>
    <p class="form-note"><xsl:value-of select="$t[@k='citizen_manage.keep_link']"/></p>
    <p>
      <xsl:value-of select="$t[@k='citizen_manage.account']"/>
      <xsl:text> </xsl:text>
      <a href="/citizen/signup"><xsl:value-of select="$t[@k='citizen_manage.signup']"/></a>
    </p>
  </xsl:template>

</xsl:stylesheet>
