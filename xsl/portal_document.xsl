<?xml version="1.0" encoding="UTF-8"?>
<!--
  portal_document.xsl: a document is sent as a download, never as a page;
  this stylesheet frames the program's error pages (a document that is not
  there or not shown to this login).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">portal_profile.title</xsl:template>

  <xsl:template match="content"/>

</xsl:stylesheet>
