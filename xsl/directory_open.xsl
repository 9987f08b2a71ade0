<?xml version="1.0" encoding="UTF-8"?>
<!-- directory_open.xsl: the service tile's link only redirects; this
     stylesheet frames its error pages (no access: 403). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:template name="title">directory_open.title</xsl:template>
  <xsl:template match="content"/>
</xsl:stylesheet>
