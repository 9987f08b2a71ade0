<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv-header.xsl: the words of a CSV export's header row (cgi-bin/lib/csv.c).
  In:  <csv-header lang="fr|en"><col k="catalog.key"/>…</csv-header>
  Out: <row><cell>the word</cell>…</row>, one cell per column, in order;
  a key missing from the catalog gives the key itself. C quotes and
  neutralises the cells like any other data.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/csv-header/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>fr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="t" select="document(concat('i18n/', $lang, '.xml'))/catalog/m"/>

  <xsl:template match="/csv-header">
    <row>
      <xsl:for-each select="col">
        <xsl:variable name="k" select="string(@k)"/>
        <cell>
          <xsl:choose>
            <xsl:when test="$t[@k = $k]"><xsl:value-of select="$t[@k = $k]"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
          </xsl:choose>
        </cell>
      </xsl:for-each>
    </row>
  </xsl:template>

</xsl:stylesheet>
