<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_upload.xsl: step 1 of "Configure a new certificate": the PKCS#12
  file and its password, then its details once verified.
  <content>
    <space …/> (as on sso.xsl)
    <wizard draft current="1" done/>
    <certificate id state="draft">…details…</certificate>   (verified)
    <replaces><certificate>…</certificate></replaces>        (the active one)
  </content>
  POST /sso/certificate/new (multipart/form-data): csrf, file, password.
  Errors: file (err.cert.*), password (err.cert.password).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso_upload.title</xsl:template>

  <xsl:template match="content">
    <p><a href="/sso"><xsl:value-of select="$t[@k='sso.back']"/></a></p>
    <xsl:choose>
      <xsl:when test="space/@group != '1'">
        <p><xsl:value-of select="$t[@k='sso.not_group']"/></p>
      </xsl:when>
      <xsl:when test="space/@created != '1'">
        <p><xsl:value-of select="$t[@k='sso.certs.space_first']"/></p>
        <p><a class="button" href="/sso/space"><xsl:value-of select="$t[@k='sso.space.create']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="sso-steps"/>
        <xsl:if test="replaces/certificate">
          <p>
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'sso_upload.replaces'"/>
              <xsl:with-param name="name" select="'date'"/>
              <xsl:with-param name="with"><xsl:call-template name="datetime"><xsl:with-param name="value" select="replaces/certificate/not_after"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:call-template name="form"/>
        <xsl:if test="certificate">
          <h2><xsl:value-of select="$t[@k='sso_upload.status']"/></h2>
          <p class="flash" role="status"><xsl:value-of select="$t[@k='sso_upload.verified']"/></p>
          <xsl:call-template name="sso-certificate"/>
          <h2><xsl:value-of select="$t[@k='sso_upload.responsible']"/></h2>
          <xsl:call-template name="sso-owner"/>
          <p><xsl:value-of select="$t[@k='sso_upload.responsible_note']"/></p>
          <div class="form-actions">
            <a class="button" href="/sso/certificate/users?draft={certificate/@id}"><xsl:value-of select="$t[@k='sso.next']"/></a>
          </div>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="form">
    <xsl:variable name="file-error" select="string(/page/errors/error[@field = 'file'][1]/@key)"/>
    <form method="post" action="/sso/certificate/new" enctype="multipart/form-data" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$file-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-file">
          <xsl:value-of select="$t[@k='sso_upload.file']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <p class="field-help" id="field-file-help"><xsl:value-of select="$t[@k='sso_upload.file_help']"/></p>
        <xsl:if test="$file-error">
          <p class="field-error" id="field-file-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $file-error]"/>
          </p>
        </xsl:if>
        <input class="input" id="field-file" name="file" type="file" accept=".p12,.pfx,application/x-pkcs12" aria-required="true">
          <xsl:attribute name="aria-describedby">
            <xsl:text>field-file-help</xsl:text>
            <xsl:if test="$file-error"> field-file-error</xsl:if>
          </xsl:attribute>
          <xsl:if test="$file-error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        </input>
      </div>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'password'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="label" select="'sso_upload.password'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="help" select="'sso_upload.password_help'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:if test="certificate"><xsl:attribute name="class">button button-secondary</xsl:attribute></xsl:if>
          <xsl:value-of select="$t[@k='sso_upload.verify']"/>
        </button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
