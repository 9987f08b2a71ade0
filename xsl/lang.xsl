<?xml version="1.0" encoding="UTF-8"?>
<!--
  lang.xsl: the lang program answers with a redirect; this stylesheet only
  frames its error pages (a bad request, a method not allowed).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:template name="title">page.title</xsl:template>
  <xsl:template match="content"/>
</xsl:stylesheet>
