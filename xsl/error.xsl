<?xml version="1.0" encoding="UTF-8"?>
<!--
  error.xsl: the content of error pages (page/@screen='error'), included by
  layout.xsl, which calls these templates whatever the screen stylesheet.
  <content><status code="404" title="http.404.title" text="http.404.text" ref="7F3A9C21"/></content>
  Unknown keys fall back to the 500 wording.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The catalog key of the error page's <title> and <h1>. -->
  <xsl:template name="error-title-key">
    <xsl:variable name="k" select="/page/content/status/@title"/>
    <xsl:choose>
      <xsl:when test="$k and $t[@k = $k]"><xsl:value-of select="$k"/></xsl:when>
      <xsl:otherwise>http.500.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="error-content">
    <xsl:variable name="status" select="/page/content/status"/>
    <xsl:variable name="text" select="$t[@k = $status/@text]"/>
    <div class="error-page">
      <p class="lead">
        <xsl:choose>
          <xsl:when test="$text"><xsl:value-of select="$text"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k='http.500.text']"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:if test="string($status/@ref)">
        <p class="error-reference">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'error.reference'"/>
            <xsl:with-param name="name" select="'ref'"/>
            <xsl:with-param name="with">
              <code class="reference"><xsl:value-of select="$status/@ref"/></code>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:if>
      <p><a href="/"><xsl:value-of select="$t[@k='error.home']"/></a></p>
    </div>
  </xsl:template>

</xsl:stylesheet>
