<?xml version="1.0" encoding="UTF-8"?>
<!--
  client_demographics.xsl: the demographics tab of a client's profile, or
  the form that adds a client (no <client> header, no version).
  <content>
    <client id=".." tab="demographics" active="0|1">…</client>   (an existing client)
    <form login="1"?><version/><file_number/><given_name/><family_name/>
      <birth_date/><lang/><email/><phone/><address_line/><city/><province/>
      <postal_code/></form>
  </content>
  login="1": the client has a family portal login, which is this e-mail.
  The form POSTs to /client/demographics: action create, or save with id
  and version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:variable name="provinces" select="'AB BC MB NB NL NS NT NU ON PE QC SK YT '"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/client">client_demographics.title</xsl:when>
      <xsl:otherwise>client_demographics.new_title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="client">
        <p><a href="/clients"><xsl:value-of select="$t[@k='client.back']"/></a></p>
        <xsl:call-template name="client-header"/>
      </xsl:when>
      <xsl:otherwise>
        <p><a href="/clients"><xsl:value-of select="$t[@k='client.back']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="f" select="."/>
    <form method="post" action="/client/demographics" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <xsl:choose>
        <xsl:when test="../client">
          <input type="hidden" name="action" value="save"/>
          <input type="hidden" name="id" value="{../client/@id}"/>
          <input type="hidden" name="version" value="{version}"/>
        </xsl:when>
        <xsl:otherwise>
          <input type="hidden" name="action" value="create"/>
        </xsl:otherwise>
      </xsl:choose>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'given_name'"/>
        <xsl:with-param name="label" select="'client_demographics.given_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/given_name"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'family_name'"/>
        <xsl:with-param name="label" select="'client_demographics.family_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/family_name"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'file_number'"/>
        <xsl:with-param name="label" select="'client_demographics.file_number'"/>
        <xsl:with-param name="help" select="'client_demographics.file_number_help'"/>
        <xsl:with-param name="value" select="$f/file_number"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'birth_date'"/>
        <xsl:with-param name="label" select="'client_demographics.birth_date'"/>
        <xsl:with-param name="help" select="'client_demographics.date_help'"/>
        <xsl:with-param name="value" select="$f/birth_date"/>
        <xsl:with-param name="maxlength" select="'10'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="'lang'"/>
        <xsl:with-param name="label" select="'client_demographics.lang'"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="current" select="string($f/lang)"/>
        <xsl:with-param name="codes" select="'fr en '"/>
        <xsl:with-param name="prefix" select="'lang.name.'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'client_demographics.email'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/email"/>
        <xsl:with-param name="maxlength" select="'254'"/>
        <xsl:with-param name="help">
          <xsl:choose>
            <xsl:when test="$f/@login = '1'">client_demographics.email_login_help</xsl:when>
            <xsl:otherwise>client_demographics.email_help</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'phone'"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="label" select="'client_demographics.phone'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="help" select="'client_demographics.phone_help'"/>
        <xsl:with-param name="value" select="$f/phone"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'address_line'"/>
        <xsl:with-param name="label" select="'client_demographics.address_line'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/address_line"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="label" select="'client_demographics.city'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/city"/>
        <xsl:with-param name="maxlength" select="'100'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="'province'"/>
        <xsl:with-param name="label" select="'client_demographics.province'"/>
        <xsl:with-param name="current" select="string($f/province)"/>
        <xsl:with-param name="codes" select="$provinces"/>
        <xsl:with-param name="prefix" select="'client_demographics.province.'"/>
        <xsl:with-param name="empty" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_code'"/>
        <xsl:with-param name="label" select="'client_demographics.postal_code'"/>
        <xsl:with-param name="help" select="'client_demographics.postal_code_help'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/postal_code"/>
        <xsl:with-param name="maxlength" select="'7'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="../client"><xsl:value-of select="$t[@k='client_demographics.save']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='client_demographics.create']"/></xsl:otherwise>
          </xsl:choose>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- A labelled select of codes (space-separated, each followed by a
       space) whose words are the catalog keys prefix + lowercase code. -->
  <xsl:template name="select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="empty" select="false()"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <label class="field-label" for="field-{$name}">
        <xsl:value-of select="$t[@k = $label]"/>
        <xsl:if test="$required">
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </xsl:if>
      </label>
      <xsl:if test="$error">
        <p class="field-error" id="field-{$name}-error">
          <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="$t[@k = $error]"/>
        </p>
      </xsl:if>
      <select class="input input-medium" id="field-{$name}" name="{$name}">
        <xsl:if test="$required"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:if test="$error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">field-<xsl:value-of select="$name"/>-error</xsl:attribute>
        </xsl:if>
        <xsl:if test="$empty">
          <option value=""><xsl:value-of select="$t[@k='client.choose']"/></option>
        </xsl:if>
        <xsl:call-template name="options">
          <xsl:with-param name="codes" select="$codes"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="prefix" select="$prefix"/>
        </xsl:call-template>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="options">
    <xsl:param name="codes"/>
    <xsl:param name="current"/>
    <xsl:param name="prefix"/>
    <xsl:if test="contains($codes, ' ')">
      <xsl:variable name="code" select="substring-before($codes, ' ')"/>
      <xsl:variable name="k" select="concat($prefix, translate($code, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))"/>
      <option value="{$code}">
        <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="$t[@k = $k]"/>
      </option>
      <xsl:call-template name="options">
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="current" select="$current"/>
        <xsl:with-param name="prefix" select="$prefix"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
