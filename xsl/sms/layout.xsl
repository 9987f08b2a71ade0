<?xml version="1.0" encoding="UTF-8"?>
<!--
  sms/layout.xsl: the frame of every SMS. An SMS stylesheet imports this
  file and defines the named template "text" (one short paragraph). The
  program reads <sms>the text</sms>. Data comes in
  <sms template="…" lang="fr|en" base="https://…">…</sms>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="../widgets.xsl"/>
  <xsl:import href="../site.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/sms/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>fr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="t" select="document(concat('../i18n/', $lang, '.xml'))/catalog/m"/>
  <xsl:variable name="base" select="/sms/@base"/>

  <xsl:template match="/sms">
    <xsl:variable name="text"><xsl:call-template name="text"/></xsl:variable>
    <sms><xsl:value-of select="normalize-space($text)"/></sms>
  </xsl:template>

</xsl:stylesheet>
