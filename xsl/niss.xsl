<?xml version="1.0" encoding="UTF-8"?>
<!--
  niss.xsl: the national number (NISS) as people read it. Included by the
  screens that show one; the XML holds the eleven digits.
    niss        YY.MM.DD-XXX.CC, or the words for "none" when empty; any
                other value (what was typed, refused) as it is
      value     the eleven digits
      empty     catalog key of the words for an empty value (default
                sso.niss.none); '' writes nothing (a form's value)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="niss">
    <xsl:param name="value"/>
    <xsl:param name="empty" select="'sso.niss.none'"/>
    <xsl:variable name="v" select="string($value)"/>
    <xsl:choose>
      <xsl:when test="string-length($v) = 11 and translate($v, '0123456789', '') = ''">
        <xsl:value-of select="concat(substring($v, 1, 2), '.', substring($v, 3, 2), '.', substring($v, 5, 2), '-', substring($v, 7, 3), '.', substring($v, 10, 2))"/>
      </xsl:when>
      <xsl:when test="$v = ''">
        <xsl:if test="string($empty)"><xsl:value-of select="$t[@k = $empty]"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
