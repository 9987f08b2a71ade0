<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/partner-notice.xsl: a notice about a service request to a person
     who has something to do with it. No client detail travels by mail: the
     link opens the request or the report behind the person's sign-in.
     <mail><what>offered|accepted|…</what><name/><number/><link/></mail>
     Words: mail.partner.<what>.subject and mail.partner.<what>.text, whose
     {n} is the request's number. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="what" select="string(/mail/what)"/>

  <xsl:template name="subject">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="concat('mail.partner.', $what, '.subject')"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/number)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="concat('mail.partner.', $what, '.text')"/>
      <xsl:with-param name="name" select="'n'"/>
      <xsl:with-param name="with" select="string(/mail/number)"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='mail.partner.open']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="/mail/link"/>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="concat('mail.partner.', $what, '.text')"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(/mail/number)"/>
      </xsl:call-template>
    </p>
    <p><xsl:value-of select="$t[@k='mail.partner.open']"/></p>
    <p><a href="{/mail/link}"><xsl:value-of select="/mail/link"/></a></p>
  </xsl:template>
</xsl:stylesheet>
