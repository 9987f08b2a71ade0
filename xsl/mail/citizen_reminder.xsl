<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/citizen_reminder.xsl: the reminder of an appointment (see
     citizen_appt.xsl for the data). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="../citizen_mail.xsl"/>

  <xsl:template name="subject"><xsl:value-of select="$t[@k='citizen_mail.reminder_subject']"/></xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:value-of select="$t[@k='citizen_mail.reminder_text']"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="appt-lines"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:call-template name="appt-cutoff"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='citizen_mail.bring']"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:value-of select="$t[@k='citizen_mail.reminder_text']"/></p>
    <xsl:call-template name="appt-list"/>
    <p><xsl:call-template name="appt-cutoff"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="$t[@k='citizen_mail.manage_button']"/></a></p>
    <p><xsl:value-of select="$t[@k='citizen_mail.bring']"/></p>
  </xsl:template>
</xsl:stylesheet>
