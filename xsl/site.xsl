<?xml version="1.0" encoding="UTF-8"?>
<!--
  site.xsl: what an operator changes to brand the portal, without touching C.
  The product name (per language) and the logo. Colours live in
  htdocs/css/passerelle.css (custom properties at the top); words live in
  xsl/i18n/fr.xml and xsl/i18n/en.xml.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The product name shown in the header, the footer and every <title>. -->
  <xsl:variable name="site-name">
    <xsl:choose>
      <xsl:when test="/page/@lang = 'en'">Passerelle</xsl:when>
      <xsl:otherwise>Passerelle</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The logo, served from htdocs/img/. Decorative: the name beside it is the link text.
       Leave empty for no logo. -->
  <xsl:variable name="site-logo">/static/img/logo.svg</xsl:variable>
  <xsl:variable name="site-logo-width">32</xsl:variable>
  <xsl:variable name="site-logo-height">32</xsl:variable>

</xsl:stylesheet>
