<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_niss.xsl: the user gives or changes the national number of their
  account.
  <content><niss sso="0|1" owner="0|1" stored="eleven digits or empty">the
    form's value: what was typed, or the number on record</niss></content>
  POST /account/niss: csrf, niss (empty: removed), current (the password).
  With sso="1" (the organisation signs in with certificates) or owner="1"
  (the responsible person of a secure space) the page only explains.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="niss.xsl"/>

  <xsl:template name="title">sso_niss.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="n" select="niss"/>
    <p class="lead"><xsl:value-of select="$t[@k='sso_niss.intro']"/></p>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso_niss.current_value']"/></dt>
        <dd>
          <xsl:call-template name="niss"><xsl:with-param name="value" select="$n/@stored"/></xsl:call-template>
        </dd>
      </div>
    </dl>
    <xsl:choose>
      <xsl:when test="$n/@sso = '1'">
        <p><xsl:value-of select="$t[@k='sso_niss.sso']"/></p>
      </xsl:when>
      <xsl:when test="$n/@owner = '1'">
        <p><xsl:value-of select="$t[@k='sso_niss.owner']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <form method="post" action="/account/niss" class="form form-narrow">
          <xsl:call-template name="hidden-csrf"/>
          <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'niss'"/>
            <xsl:with-param name="label" select="'sso_niss.niss'"/>
            <xsl:with-param name="autocomplete" select="'off'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="niss">
                <xsl:with-param name="value" select="$n"/>
                <xsl:with-param name="empty" select="''"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="help" select="'sso_niss.niss_help'"/>
            <xsl:with-param name="maxlength" select="'20'"/>
            <xsl:with-param name="width" select="'medium'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'current'"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="label" select="'sso_niss.current'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="autocomplete" select="'current-password'"/>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_niss.submit']"/></button>
            <xsl:text> </xsl:text>
            <a class="button button-secondary" href="/account"><xsl:value-of select="$t[@k='sso_niss.cancel']"/></a>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="/account"><xsl:value-of select="$t[@k='sso_niss.back']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
