<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_login.xsl: signing in with a certificate.
  <content><certificate state="none|ok" https="0|1" next="/…">
    <name/><niss/><not_after/></certificate></content>     (name… when ok)
  POST /login/certificate: csrf, next. A refused certificate gets the error
  page with the keys sso_login.{reason}.title and .text.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="niss.xsl"/>

  <xsl:template name="title">sso_login.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="c" select="certificate"/>
    <xsl:choose>
      <xsl:when test="$c/@state = 'ok'">
        <p class="lead"><xsl:value-of select="$t[@k='sso_login.ready']"/></p>
        <dl class="summary-list">
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso_login.holder']"/></dt>
            <dd><xsl:value-of select="$c/name"/></dd>
          </div>
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso_login.niss']"/></dt>
            <dd><xsl:call-template name="niss"><xsl:with-param name="value" select="$c/niss"/></xsl:call-template></dd>
          </div>
          <div class="summary-row">
            <dt><xsl:value-of select="$t[@k='sso_login.valid_until']"/></dt>
            <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$c/not_after"/></xsl:call-template></dd>
          </div>
        </dl>
        <form method="post" action="/login/certificate" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="next" value="{$c/@next}"/>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_login.submit']"/></button>
          </div>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead"><xsl:value-of select="$t[@k='sso_login.none']"/></p>
        <xsl:if test="$c/@https != '1'">
          <p><xsl:value-of select="$t[@k='sso_login.not_https']"/></p>
        </xsl:if>
        <p><xsl:value-of select="$t[@k='sso_login.how']"/></p>
        <form method="post" action="/login/certificate" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="next" value="{$c/@next}"/>
          <div class="form-actions">
            <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='sso_login.retry']"/></button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="/login"><xsl:value-of select="$t[@k='sso_login.password']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
