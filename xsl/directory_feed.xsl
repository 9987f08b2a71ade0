<?xml version="1.0" encoding="UTF-8"?>
<!-- directory_feed.xsl: the change feed answers applications in XML of its
     own; this stylesheet frames its error pages (401 without a token). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:template name="title">directory_feed.title</xsl:template>
  <xsl:template match="content"/>
</xsl:stylesheet>
