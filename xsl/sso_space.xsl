<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_space.xsl: creating the secure space, or naming another responsible
  person.
  <content>
    <space …/> (as on sso.xsl)
    <candidates><candidate><id/><name/><niss/><mfa>0|1</mfa></candidate>…</candidates>
    <form><owner/><identifier/><version/></form>
  </content>
  POST /sso/space: csrf, version, owner, identifier, password and code (the
  responsible person's own).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/space/@created = '1'">sso_space.title_change</xsl:when>
      <xsl:otherwise>sso_space.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <p><a href="/sso"><xsl:value-of select="$t[@k='sso.back']"/></a></p>
    <xsl:choose>
      <xsl:when test="space/@group != '1'">
        <p><xsl:value-of select="$t[@k='sso.not_group']"/></p>
      </xsl:when>
      <xsl:when test="not(candidates/candidate)">
        <p><xsl:value-of select="$t[@k='sso_space.no_candidate']"/></p>
        <p><a href="/users"><xsl:value-of select="$t[@k='sso_space.to_users']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="form"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="form">
    <xsl:variable name="f" select="form"/>
    <xsl:variable name="owner-error" select="string(/page/errors/error[@field = 'owner'][1]/@key)"/>
    <p class="lead"><xsl:value-of select="$t[@k='sso_space.intro']"/></p>
    <form method="post" action="/sso/space" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="version" value="{$f/version}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$owner-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-owner">
          <xsl:value-of select="$t[@k='sso_space.owner']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <p class="field-help" id="field-owner-help"><xsl:value-of select="$t[@k='sso_space.owner_help']"/></p>
        <xsl:if test="$owner-error">
          <p class="field-error" id="field-owner-error"><xsl:value-of select="$t[@k = $owner-error]"/></p>
        </xsl:if>
        <select class="input" id="field-owner" name="owner" aria-required="true" aria-describedby="field-owner-help">
          <xsl:for-each select="candidates/candidate">
            <option value="{id}">
              <xsl:if test="string(id) = string($f/owner)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="name"/>
              <xsl:text> — </xsl:text>
              <xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template>
              <xsl:if test="mfa != '1'">
                <xsl:text> </xsl:text>
                <xsl:value-of select="$t[@k='sso_space.no_mfa']"/>
              </xsl:if>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'identifier'"/>
        <xsl:with-param name="label" select="'sso_space.identifier'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/identifier"/>
        <xsl:with-param name="help" select="'sso_space.identifier_help'"/>
        <xsl:with-param name="maxlength" select="'11'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <fieldset class="field">
        <legend class="field-label"><xsl:value-of select="$t[@k='sso_space.confirm']"/></legend>
        <p class="field-help"><xsl:value-of select="$t[@k='sso_space.confirm_help']"/></p>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'password'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="label" select="'sso_space.password'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'code'"/>
          <xsl:with-param name="label" select="'sso_space.code'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
          <xsl:with-param name="help" select="'sso_space.code_help'"/>
          <xsl:with-param name="maxlength" select="'6'"/>
          <xsl:with-param name="width" select="'short'"/>
        </xsl:call-template>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_space.submit']"/></button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="/sso"><xsl:value-of select="$t[@k='sso.cancel']"/></a>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
