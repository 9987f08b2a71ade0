<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_sign.xsl: signing a document with the group's certificate.
  <content>
    <certificates><certificate><id/><name/><id_type/><id_value/><not_after/></certificate>…</certificates>
    <group_certificates>N</group_certificates>   (the group's active ones, usable or not)
  </content>
  POST /sign (multipart/form-data): csrf, cert, file, mode=detached|attached.
  The answer is the signature (application/pkcs7-signature or -mime).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">sso_sign.title</xsl:template>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="certificates/certificate">
        <p class="lead"><xsl:value-of select="$t[@k='sso_sign.intro']"/></p>
        <xsl:call-template name="form"/>
      </xsl:when>
      <xsl:when test="number(group_certificates) &gt; 0">
        <p><xsl:value-of select="$t[@k='sso_sign.not_authorised']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='sso_sign.no_certificate']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="form">
    <xsl:variable name="file-error" select="string(/page/errors/error[@field = 'file'][1]/@key)"/>
    <xsl:variable name="cert-error" select="string(/page/errors/error[@field = 'cert'][1]/@key)"/>
    <xsl:variable name="mode-error" select="string(/page/errors/error[@field = 'mode'][1]/@key)"/>
    <form method="post" action="/sign" enctype="multipart/form-data" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$cert-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-cert"><xsl:value-of select="$t[@k='sso_sign.cert']"/></label>
        <xsl:if test="$cert-error">
          <p class="field-error" id="field-cert-error"><xsl:value-of select="$t[@k = $cert-error]"/></p>
        </xsl:if>
        <select class="input" id="field-cert" name="cert">
          <xsl:for-each select="certificates/certificate">
            <!-- Text only inside an option: the date without its <time>. -->
            <xsl:variable name="until"><xsl:call-template name="datetime"><xsl:with-param name="value" select="not_after"/><xsl:with-param name="format" select="'date'"/></xsl:call-template></xsl:variable>
            <option value="{id}">
              <xsl:value-of select="name"/>
              <xsl:value-of select="concat(' — ', id_type, ' ', id_value, ' — ')"/>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'sso_sign.until'"/>
                <xsl:with-param name="name" select="'date'"/>
                <xsl:with-param name="with" select="string($until)"/>
              </xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$file-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-file">
          <xsl:value-of select="$t[@k='sso_sign.file']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <p class="field-help" id="field-file-help"><xsl:value-of select="$t[@k='sso_sign.file_help']"/></p>
        <xsl:if test="$file-error">
          <p class="field-error" id="field-file-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $file-error]"/>
          </p>
        </xsl:if>
        <input class="input" id="field-file" name="file" type="file" aria-required="true">
          <xsl:attribute name="aria-describedby">
            <xsl:text>field-file-help</xsl:text>
            <xsl:if test="$file-error"> field-file-error</xsl:if>
          </xsl:attribute>
          <xsl:if test="$file-error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        </input>
      </div>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$mode-error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label"><xsl:value-of select="$t[@k='sso_sign.mode']"/></legend>
        <xsl:if test="$mode-error">
          <p class="field-error" id="field-mode-error"><xsl:value-of select="$t[@k = $mode-error]"/></p>
        </xsl:if>
        <div class="checkbox">
          <input type="radio" id="field-mode" name="mode" value="detached" checked="checked" aria-describedby="mode-detached-help"/>
          <xsl:text> </xsl:text>
          <label for="field-mode"><xsl:value-of select="$t[@k='sso_sign.detached']"/></label>
          <p class="field-help" id="mode-detached-help"><xsl:value-of select="$t[@k='sso_sign.detached_help']"/></p>
        </div>
        <div class="checkbox">
          <input type="radio" id="field-mode-attached" name="mode" value="attached" aria-describedby="mode-attached-help"/>
          <xsl:text> </xsl:text>
          <label for="field-mode-attached"><xsl:value-of select="$t[@k='sso_sign.attached']"/></label>
          <p class="field-help" id="mode-attached-help"><xsl:value-of select="$t[@k='sso_sign.attached_help']"/></p>
        </div>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_sign.submit']"/></button>
      </div>
    </form>
    <p><xsl:value-of select="$t[@k='sso_sign.audited']"/></p>
  </xsl:template>

</xsl:stylesheet>
