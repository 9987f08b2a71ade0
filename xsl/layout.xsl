<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl: the frame of every page.

  A screen stylesheet imports this file and defines
    <xsl:template match="content">   the screen's own markup
    <xsl:template name="title">      the catalog key of its <title> and <h1>
  Error pages (page/@screen='error') are decided here with xsl:choose, not by
  template priority: the importing screen's "content" template would win
  otherwise. nginx's xslt filter applies a location's stylesheet to its error
  responses, so every screen stylesheet must be able to render them.

  Words: every word comes from $t (xsl/i18n/<lang>.xml), written as
  $t[@k='some.key'] so that tools/i18n-check can find it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="site.xsl"/>
  <xsl:import href="widgets.xsl"/>
  <xsl:include href="error.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
  <xsl:strip-space elements="page perms errors content"/>

  <!-- The page's language: only fr or en ever reach document(). -->
  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/page/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>fr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="other-lang">
    <xsl:choose>
      <xsl:when test="$lang = 'en'">fr</xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The message catalog, resolved relative to this file (xsl/i18n/). -->
  <xsl:variable name="t" select="document(concat('i18n/', $lang, '.xml'))/catalog/m"/>

  <!-- Default title key; every screen stylesheet overrides it. -->
  <xsl:template name="title">page.title</xsl:template>

  <xsl:template match="/page">
    <xsl:variable name="title-key-raw">
      <xsl:choose>
        <xsl:when test="@screen = 'error'"><xsl:call-template name="error-title-key"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="title"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="title-key" select="normalize-space($title-key-raw)"/>
    <xsl:variable name="heading" select="string($t[@k = $title-key])"/>
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:if test="errors/error">
            <xsl:value-of select="$t[@k='error.prefix']"/>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:value-of select="$heading"/>
          <xsl:text> – </xsl:text>
          <xsl:value-of select="$site-name"/>
        </title>
        <link rel="stylesheet" href="/static/css/passerelle.css"/>
        <xsl:if test="string($site-logo)">
          <link rel="icon" href="{$site-logo}" type="image/svg+xml"/>
        </xsl:if>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="$t[@k='nav.skip']"/></a>
        <xsl:call-template name="site-header"/>
        <main id="main" tabindex="-1" class="wrap">
          <xsl:call-template name="error-summary"/>
          <xsl:call-template name="flashes"/>
          <h1><xsl:value-of select="$heading"/></h1>
          <xsl:choose>
            <xsl:when test="@screen = 'error'">
              <xsl:call-template name="error-content"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="content"/>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Header: product name linked home, language switch, user and logout. -->
  <xsl:template name="site-header">
    <header class="site-header">
      <div class="wrap site-header-inner">
        <a class="brand" href="/">
          <xsl:if test="string($site-logo)">
            <img class="brand-logo" src="{$site-logo}" alt="" width="{$site-logo-width}" height="{$site-logo-height}"/>
          </xsl:if>
          <span class="brand-name"><xsl:value-of select="$site-name"/></span>
        </a>
        <div class="site-tools">
          <a class="lang-switch" href="/lang?to={$other-lang}&amp;next={/page/@here}" lang="{$other-lang}" hreflang="{$other-lang}">
            <xsl:value-of select="$t[@k='lang.switch']"/>
          </a>
          <xsl:if test="/page/user">
            <p class="user-name">
              <span class="visually-hidden"><xsl:value-of select="$t[@k='header.signed_in_as']"/><xsl:text> </xsl:text></span>
              <xsl:value-of select="/page/user/@name"/>
            </p>
            <form method="post" action="/logout" class="logout-form">
              <input type="hidden" name="csrf" value="{/page/csrf}"/>
              <button type="submit" class="button button-secondary button-small"><xsl:value-of select="$t[@k='logout']"/></button>
            </form>
          </xsl:if>
        </div>
      </div>
    </header>
  </xsl:template>

  <!-- Flash messages: one status region, announced politely. -->
  <xsl:template name="flashes">
    <xsl:if test="/page/flash">
      <div class="flash" role="status">
        <xsl:for-each select="/page/flash">
          <p><xsl:value-of select="$t[@k = current()/@key]"/></p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="site-footer">
    <footer class="site-footer">
      <div class="wrap">
        <p class="footer-help"><xsl:value-of select="$t[@k='footer.help']"/></p>
        <p class="footer-name"><xsl:value-of select="$site-name"/></p>
      </div>
    </footer>
  </xsl:template>

</xsl:stylesheet>
