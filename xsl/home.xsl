<?xml version="1.0" encoding="UTF-8"?>
<!--
  home.xsl: the tiles the user may open.
  <content><tiles><tile code="account" href="/account"/>…</tiles></content>
  Each tile's words are the catalog keys tile.{code}.title and tile.{code}.text.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">home.title</xsl:template>

  <xsl:template match="content">
    <xsl:if test="/page/user">
      <p class="lead">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'home.greeting'"/>
          <xsl:with-param name="name" select="'name'"/>
          <xsl:with-param name="with" select="string(/page/user/@name)"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <h2><xsl:value-of select="$t[@k='home.services']"/></h2>
    <xsl:choose>
      <xsl:when test="tiles/tile">
        <ul class="tiles">
          <xsl:for-each select="tiles/tile">
            <li class="tile">
              <h3 class="tile-title">
                <a class="tile-link" href="{@href}"><xsl:value-of select="$t[@k = concat('tile.', current()/@code, '.title')]"/></a>
              </h3>
              <p class="tile-text"><xsl:value-of select="$t[@k = concat('tile.', current()/@code, '.text')]"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='home.no_tiles']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
