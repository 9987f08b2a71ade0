<?xml version="1.0" encoding="UTF-8"?>
<!--
  home.xsl: the tiles the user may open and, for a professional of the
  directory, their profile, their services and the others they may ask for.
  <content>
    <tiles><tile code="account" href="/account"/>…</tiles>
    <profile><id/><given_name/><family_name/><profession/><matricule/></profile>
    <services><service><code/><name/><description/>
      <state>never_requested|to_process|accepted|refused</state></service>…</services>
  </content>
  A permission tile's words are the catalog keys tile.{code}.title and
  tile.{code}.text; a service's come from the catalogue.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">home.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="granted" select="services/service[state = 'accepted']"/>
    <xsl:variable name="others" select="services/service[state != 'accepted']"/>
    <xsl:if test="/page/user">
      <p class="lead">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'home.greeting'"/>
          <xsl:with-param name="name" select="'name'"/>
          <xsl:with-param name="with" select="string(/page/user/@name)"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:apply-templates select="profile"/>
    <h2><xsl:value-of select="$t[@k='home.services']"/></h2>
    <xsl:choose>
      <xsl:when test="tiles/tile or $granted">
        <ul class="tiles">
          <xsl:for-each select="$granted">
            <li class="tile tile-service">
              <h3 class="tile-title">
                <a class="tile-link" href="/directory/open?code={code}"><xsl:value-of select="name"/></a>
              </h3>
              <p class="tile-text"><xsl:value-of select="description"/></p>
            </li>
          </xsl:for-each>
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
    <xsl:if test="$others">
      <h2 id="others-title"><xsl:value-of select="$t[@k='home.others']"/></h2>
      <ul class="carousel" aria-labelledby="others-title">
        <xsl:for-each select="$others">
          <li class="carousel-item">
            <h3 class="carousel-title"><xsl:value-of select="name"/></h3>
            <p class="tile-text"><xsl:value-of select="description"/></p>
            <xsl:choose>
              <xsl:when test="state = 'to_process'">
                <p class="tag"><xsl:value-of select="$t[@k='home.service.pending']"/></p>
              </xsl:when>
              <xsl:when test="state = 'refused'">
                <p class="field-help"><xsl:value-of select="$t[@k='home.service.refused']"/></p>
              </xsl:when>
              <xsl:otherwise>
                <p>
                  <a class="button button-secondary" href="/directory/request?code={code}">
                    <xsl:value-of select="$t[@k='home.service.add']"/>
                    <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
                  </a>
                </p>
              </xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The profile tile: who the directory knows the user as. -->
  <xsl:template match="profile">
    <h2 id="profile-title"><xsl:value-of select="$t[@k='home.profile']"/></h2>
    <div class="tile tile-profile" role="group" aria-labelledby="profile-title">
      <p class="tile-title">
        <a class="tile-link" href="/directory/me">
          <xsl:value-of select="given_name"/>
          <xsl:text> </xsl:text>
          <xsl:value-of select="family_name"/>
        </a>
      </p>
      <p class="tile-text"><xsl:value-of select="profession"/></p>
    </div>
  </xsl:template>

</xsl:stylesheet>
