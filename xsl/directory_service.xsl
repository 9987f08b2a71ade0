<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_service.xsl: one service of the catalogue, or the form that
  adds one.
  <content><dirmenu …/>
    <form><id/>?<version/>?<kind/>?<code/><name_fr/><name_en/><description_fr/>
      <description_en/><link_kind>internal|external</link_kind><href/>
      <active>0|1</active><position/><centres><centre>ID</centre>…</centres></form>
    <centres><centre><id/><name/></centre>…</centres></content>
  The form POSTs to /directory/service (id and version when editing).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/form/id">directory_service.title</xsl:when>
      <xsl:otherwise>directory_service.new_title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="f" select="form"/>
    <xsl:call-template name="dirmenu"><xsl:with-param name="current" select="'/directory/services'"/></xsl:call-template>
    <p><a href="/directory/services"><xsl:value-of select="$t[@k='directory_service.back']"/></a></p>
    <form method="post" action="/directory/service" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <xsl:if test="$f/id">
        <input type="hidden" name="id" value="{$f/id}"/>
        <input type="hidden" name="version" value="{$f/version}"/>
      </xsl:if>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:choose>
        <xsl:when test="$f/id">
          <div class="field">
            <p class="field-label"><xsl:value-of select="$t[@k='directory_service.code']"/></p>
            <p><xsl:value-of select="$f/code"/></p>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="field"><xsl:with-param name="name" select="'code'"/><xsl:with-param name="label" select="'directory_service.code'"/><xsl:with-param name="help" select="'directory_service.code.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="value" select="$f/code"/><xsl:with-param name="maxlength" select="'16'"/><xsl:with-param name="width" select="'medium'"/><xsl:with-param name="autocomplete" select="'off'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'name_fr'"/><xsl:with-param name="label" select="'directory_service.name_fr'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="value" select="$f/name_fr"/><xsl:with-param name="maxlength" select="'120'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'name_en'"/><xsl:with-param name="label" select="'directory_service.name_en'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="value" select="$f/name_en"/><xsl:with-param name="maxlength" select="'120'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'description_fr'"/><xsl:with-param name="type" select="'textarea'"/><xsl:with-param name="label" select="'directory_service.description_fr'"/><xsl:with-param name="value" select="$f/description_fr"/><xsl:with-param name="maxlength" select="'500'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'description_en'"/><xsl:with-param name="type" select="'textarea'"/><xsl:with-param name="label" select="'directory_service.description_en'"/><xsl:with-param name="value" select="$f/description_en"/><xsl:with-param name="maxlength" select="'500'"/></xsl:call-template>
      <xsl:call-template name="dir-select">
        <xsl:with-param name="name" select="'link_kind'"/>
        <xsl:with-param name="label" select="'directory_service.link_kind'"/>
        <xsl:with-param name="current" select="string($f/link_kind)"/>
        <xsl:with-param name="codes" select="'external internal'"/>
        <xsl:with-param name="prefix" select="'directory_service.link.'"/>
        <xsl:with-param name="any" select="'directory_person.choose'"/>
        <xsl:with-param name="required" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'href'"/><xsl:with-param name="label" select="'directory_service.href'"/><xsl:with-param name="help" select="'directory_service.href.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="value" select="$f/href"/><xsl:with-param name="maxlength" select="'500'"/><xsl:with-param name="autocomplete" select="'off'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'position'"/><xsl:with-param name="type" select="'number'"/><xsl:with-param name="label" select="'directory_service.position'"/><xsl:with-param name="help" select="'directory_service.position.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="value" select="$f/position"/><xsl:with-param name="width" select="'short'"/></xsl:call-template>
      <div class="field checkbox">
        <input type="checkbox" id="field-active" name="active" value="1">
          <xsl:if test="$f/active = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text>
        <label for="field-active"><xsl:value-of select="$t[@k='directory_service.active']"/></label>
      </div>
      <xsl:variable name="centres-error" select="string(/page/errors/error[@field = 'centres'][1]/@key)"/>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$centres-error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label"><xsl:value-of select="$t[@k='directory_service.centres']"/></legend>
        <p class="field-help"><xsl:value-of select="$t[@k='directory_service.centres.help']"/></p>
        <xsl:if test="$centres-error">
          <p class="field-error" id="field-centres-error"><xsl:value-of select="$t[@k = $centres-error]"/></p>
        </xsl:if>
        <xsl:for-each select="centres/centre">
          <xsl:variable name="id">
            <xsl:choose>
              <xsl:when test="position() = 1">field-centres</xsl:when>
              <xsl:otherwise><xsl:value-of select="concat('field-centre-', id)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <div class="checkbox">
            <input type="checkbox" id="{$id}" name="centres[]" value="{id}">
              <xsl:if test="$f/centres/centre = current()/id"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text>
            <label for="{$id}"><xsl:value-of select="name"/></label>
          </div>
        </xsl:for-each>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_service.save']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
