<?xml version="1.0" encoding="UTF-8"?>
<!--
  confirmation-upload.xsl: upload a CSV file of service confirmations, and
  the report of the lines rejected (nothing is imported then).
  <content>
    <result file="…"><rejected><error><line/><column/><key/></error>…</rejected>
      <lines/><errors/></result>     (after a refused upload)
  </content>
  POSTs multipart/form-data to /confirmations/upload with the field "file".
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.upload.title</xsl:template>

  <xsl:template match="content">
    <p><a href="/confirmations"><xsl:value-of select="$t[@k='partner.confirmation.back']"/></a></p>
    <xsl:apply-templates select="result"/>
    <xsl:call-template name="upload-form"/>
  </xsl:template>

  <xsl:template name="upload-form">
    <p class="lead"><xsl:value-of select="$t[@k='partner.upload.intro']"/></p>
    <ol>
      <li><xsl:value-of select="$t[@k='partner.upload.col.request']"/></li>
      <li><xsl:value-of select="$t[@k='partner.upload.col.from']"/></li>
      <li><xsl:value-of select="$t[@k='partner.upload.col.to']"/></li>
      <li><xsl:value-of select="$t[@k='partner.upload.col.units']"/></li>
      <li><xsl:value-of select="$t[@k='partner.upload.col.amount']"/></li>
      <li><xsl:value-of select="$t[@k='partner.upload.col.note']"/></li>
    </ol>
    <p><xsl:value-of select="$t[@k='partner.upload.rules']"/></p>
    <p><a href="/confirmations/upload?format=template"><xsl:value-of select="$t[@k='partner.upload.template']"/></a></p>
    <form method="post" action="/confirmations/upload" class="form" enctype="multipart/form-data">
      <xsl:call-template name="hidden-csrf"/>
      <xsl:variable name="error" select="string(/page/errors/error[@field = 'file'][1]/@key)"/>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-file">
          <xsl:value-of select="$t[@k='partner.upload.file']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <xsl:if test="$error">
          <p class="field-error" id="field-file-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $error]"/>
          </p>
        </xsl:if>
        <input class="input" type="file" id="field-file" name="file" accept=".csv,text/csv" aria-required="true">
          <xsl:if test="$error">
            <xsl:attribute name="aria-invalid">true</xsl:attribute>
            <xsl:attribute name="aria-describedby">field-file-error</xsl:attribute>
          </xsl:if>
        </input>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.upload.submit']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="result">
    <h2><xsl:value-of select="$t[@k='partner.upload.report']"/></h2>
    <p>
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'partner.upload.summary'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string(errors)"/>
      </xsl:call-template>
    </p>
    <xsl:if test="rejected/error">
      <section class="table-wrap" aria-labelledby="rejected-caption" tabindex="0">
        <table class="table">
          <caption id="rejected-caption"><xsl:value-of select="$t[@k='partner.upload.rejected']"/> (<xsl:value-of select="@file"/>)</caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t[@k='partner.upload.line']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.upload.column']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='partner.upload.problem']"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="rejected/error">
              <tr>
                <td><xsl:value-of select="line"/></td>
                <td><xsl:if test="string(column)"><xsl:value-of select="$t[@k = current()/column]"/></xsl:if></td>
                <td><xsl:value-of select="$t[@k = current()/key]"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
