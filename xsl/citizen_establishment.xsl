<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_establishment.xsl: what an establishment sets.
  <content>
    <establishment><name/><address_line/><city/><postal_code/><phone/>
      <cutoff_hours/><published/><version/></establishment>   (no version: no profile yet)
    <form>…the submitted profile, after a refusal…</form>
    <services><service><id/><version/><duration_minutes/><active/><name/></service>…</services>
    <types><type><id/><name/></type>…</types>     (the types not offered yet)
  </content>
  POST /establishment/settings: csrf, action=save (version, address_line,
  city, postal_code, phone, cutoff_hours, published) | add_service (type,
  duration) | save_service (id, version, duration, active).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_establishment.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="e" select="establishment"/>
    <xsl:variable name="f" select="form | establishment[not(../form)]"/>
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <h2><xsl:value-of select="$e/name"/></h2>
    <form method="post" action="/establishment/settings" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="save"/>
      <input type="hidden" name="version">
        <xsl:attribute name="value">
          <xsl:choose>
            <xsl:when test="string($e/version)"><xsl:value-of select="$e/version"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </input>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'address_line'"/>
        <xsl:with-param name="label" select="'citizen_establishment.address_line'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($f/address_line)"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="label" select="'citizen_establishment.city'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($f/city)"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_code'"/>
        <xsl:with-param name="label" select="'citizen_establishment.postal_code'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($f/postal_code)"/>
        <xsl:with-param name="help" select="'citizen_establishment.postal_code_help'"/>
        <xsl:with-param name="maxlength" select="'7'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'phone'"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="label" select="'citizen_establishment.phone'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($f/phone)"/>
        <xsl:with-param name="help" select="'citizen.phone_help'"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'cutoff_hours'"/>
        <xsl:with-param name="type" select="'number'"/>
        <xsl:with-param name="label" select="'citizen_establishment.cutoff_hours'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="string($f/cutoff_hours)"/>
        <xsl:with-param name="help" select="'citizen_establishment.cutoff_help'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <div class="field checkbox">
        <input type="checkbox" id="field-published" name="published" value="1">
          <xsl:if test="$f/published = '1' or not(string($e/version))"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text>
        <label for="field-published"><xsl:value-of select="$t[@k='citizen_establishment.published']"/></label>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_establishment.save']"/></button>
      </div>
    </form>

    <h2><xsl:value-of select="$t[@k='citizen_establishment.services']"/></h2>
    <xsl:for-each select="services/service">
      <form method="post" action="/establishment/settings" class="form cz-service-form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="save_service"/>
        <input type="hidden" name="id" value="{id}"/>
        <input type="hidden" name="version" value="{version}"/>
        <fieldset class="field">
          <legend class="field-label"><xsl:value-of select="name"/></legend>
          <div class="field">
            <label class="field-label" for="duration-{id}"><xsl:value-of select="$t[@k='citizen_establishment.duration']"/></label>
            <input class="input input-short" type="number" id="duration-{id}" name="duration" value="{duration_minutes}" min="5" max="240"/>
          </div>
          <div class="checkbox">
            <input type="checkbox" id="active-{id}" name="active" value="1">
              <xsl:if test="active = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text>
            <label for="active-{id}"><xsl:value-of select="$t[@k='citizen_establishment.active']"/></label>
          </div>
          <div class="form-actions">
            <button type="submit" class="button button-secondary button-small">
              <xsl:value-of select="$t[@k='citizen_establishment.save_service']"/>
              <span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="name"/></span>
            </button>
          </div>
        </fieldset>
      </form>
    </xsl:for-each>
    <xsl:if test="types/type">
      <h3><xsl:value-of select="$t[@k='citizen_establishment.add_service']"/></h3>
      <form method="post" action="/establishment/settings" class="form form-narrow">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="add_service"/>
        <xsl:variable name="type-error" select="string(/page/errors/error[@field = 'type'][1]/@key)"/>
        <div>
          <xsl:attribute name="class">field<xsl:if test="$type-error"> field-has-error</xsl:if></xsl:attribute>
          <label class="field-label" for="field-type"><xsl:value-of select="$t[@k='citizen_establishment.type']"/></label>
          <xsl:if test="$type-error"><p class="field-error" id="field-type-error"><xsl:value-of select="$t[@k = $type-error]"/></p></xsl:if>
          <select class="input" id="field-type" name="type">
            <xsl:for-each select="types/type"><option value="{id}"><xsl:value-of select="name"/></option></xsl:for-each>
          </select>
        </div>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'duration'"/>
          <xsl:with-param name="type" select="'number'"/>
          <xsl:with-param name="label" select="'citizen_establishment.duration'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="value" select="'15'"/>
          <xsl:with-param name="help" select="'citizen_establishment.duration_help'"/>
          <xsl:with-param name="width" select="'short'"/>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_establishment.add']"/></button>
        </div>
      </form>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
