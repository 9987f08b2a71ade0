<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail/layout.xsl: the frame of every message. A mail stylesheet imports
  this file and defines three named templates:
    subject   one line of text
    text      the text/plain body (use &#10; for line breaks)
    body      the markup inside the HTML body
  The program reads <message><subject/><text/><html><html>…</html></html>
  </message> and builds the MIME message from it. Data comes in
  <mail template="…" lang="fr|en" base="https://…">…</mail>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="../widgets.xsl"/>
  <xsl:import href="../site.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/mail/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>fr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="t" select="document(concat('../i18n/', $lang, '.xml'))/catalog/m"/>
  <xsl:variable name="base" select="/mail/@base"/>

  <xsl:template match="/mail">
    <xsl:variable name="subject"><xsl:call-template name="subject"/></xsl:variable>
    <message>
      <subject><xsl:value-of select="normalize-space($subject)"/></subject>
      <text>
        <xsl:call-template name="text"/>
        <xsl:text>&#10;&#10;-- &#10;</xsl:text>
        <xsl:value-of select="$t[@k='mail.signature']"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="$t[@k='mail.automatic']"/>
        <xsl:text>&#10;</xsl:text>
      </text>
      <html>
        <html lang="{$lang}">
          <head>
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
            <title><xsl:value-of select="normalize-space($subject)"/></title>
          </head>
          <body>
            <xsl:call-template name="body"/>
            <hr/>
            <p><xsl:value-of select="$t[@k='mail.signature']"/><br/>
              <small><xsl:value-of select="$t[@k='mail.automatic']"/></small></p>
          </body>
        </html>
      </html>
    </message>
  </xsl:template>

  <!-- "Hello {name}," as the first line, in text or in markup. -->
  <xsl:template name="greeting-text">
    <xsl:value-of select="$t[@k='mail.hello']"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="/mail/name"/>
    <xsl:text>,&#10;&#10;</xsl:text>
  </xsl:template>
  <xsl:template name="greeting-html">
    <p><xsl:value-of select="$t[@k='mail.hello']"/><xsl:text> </xsl:text><xsl:value-of select="/mail/name"/>,</p>
  </xsl:template>

</xsl:stylesheet>
