<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_profile.xsl: the account holder's details.
  <content>
    <profile identity="validated|not_validated"><patient_id/><patient_version/>
      <account_version/><given_name/><family_name/><birth_date/><health_card/>
      <phone/><sms_opt_in/><postal_code/><lang/><email/>
      <identity_validated_at local=".." dow=".."/><validated_by/></profile>
    <form>…the submitted values, after a refusal…</form>
  </content>
  POST /citizen/profile: csrf, action=save, patient_version, account_version,
  the fields.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_profile.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="p" select="profile"/>
    <xsl:variable name="f" select="form | profile[not(../form)]"/>
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <h2><xsl:value-of select="$t[@k='citizen_profile.identity']"/></h2>
    <p>
      <xsl:choose>
        <xsl:when test="$p/@identity = 'validated'">
          <xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="'validated'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'citizen_profile.validated_on'"/>
            <xsl:with-param name="name" select="'date'"/>
            <xsl:with-param name="with">
              <xsl:call-template name="citizen-when">
                <xsl:with-param name="at" select="$p/identity_validated_at"/>
                <xsl:with-param name="what" select="'date'"/>
              </xsl:call-template>
              <xsl:if test="string($p/validated_by)"><xsl:text> – </xsl:text><xsl:value-of select="$p/validated_by"/></xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="'not_validated'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:value-of select="$t[@k='citizen_profile.not_validated_help']"/>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <p class="form-note"><xsl:value-of select="$t[@k='citizen_profile.revalidation']"/></p>

    <form method="post" action="/citizen/profile" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="save"/>
      <input type="hidden" name="patient_version" value="{$p/patient_version}"/>
      <input type="hidden" name="account_version" value="{$p/account_version}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <fieldset class="field">
        <legend class="field-label"><xsl:value-of select="$t[@k='citizen_profile.details']"/></legend>
        <xsl:call-template name="citizen-person-fields"><xsl:with-param name="p" select="$f"/></xsl:call-template>
      </fieldset>
      <fieldset class="field">
        <legend class="field-label"><xsl:value-of select="$t[@k='citizen_profile.contact']"/></legend>
        <div class="field">
          <p class="field-label"><xsl:value-of select="$t[@k='citizen_profile.email']"/></p>
          <p><xsl:value-of select="$p/email"/></p>
          <p class="field-help"><xsl:value-of select="$t[@k='citizen_profile.email_help']"/></p>
        </div>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'phone'"/>
          <xsl:with-param name="type" select="'tel'"/>
          <xsl:with-param name="label" select="'citizen_profile.phone'"/>
          <xsl:with-param name="value" select="string($f/phone)"/>
          <xsl:with-param name="help" select="'citizen.phone_help'"/>
          <xsl:with-param name="autocomplete" select="'tel'"/>
          <xsl:with-param name="maxlength" select="'32'"/>
          <xsl:with-param name="width" select="'medium'"/>
        </xsl:call-template>
        <div class="field checkbox">
          <input type="checkbox" id="field-sms_opt_in" name="sms_opt_in" value="1">
            <xsl:if test="$f/sms_opt_in = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="field-sms_opt_in"><xsl:value-of select="$t[@k='citizen_profile.sms_opt_in']"/></label>
        </div>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'postal_code'"/>
          <xsl:with-param name="label" select="'citizen_profile.postal_code'"/>
          <xsl:with-param name="value" select="string($f/postal_code)"/>
          <xsl:with-param name="help" select="'citizen_profile.postal_code_help'"/>
          <xsl:with-param name="autocomplete" select="'postal-code'"/>
          <xsl:with-param name="maxlength" select="'7'"/>
          <xsl:with-param name="width" select="'short'"/>
        </xsl:call-template>
        <div class="field">
          <label class="field-label" for="field-lang"><xsl:value-of select="$t[@k='citizen_profile.lang']"/></label>
          <select class="input input-medium" id="field-lang" name="lang">
            <option value="fr" lang="fr">
              <xsl:if test="$f/lang = 'fr'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="$t[@k='lang.name.fr']"/>
            </option>
            <option value="en" lang="en">
              <xsl:if test="$f/lang = 'en'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="$t[@k='lang.name.en']"/>
            </option>
          </select>
        </div>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_profile.save']"/></button>
      </div>
    </form>
    <h2><xsl:value-of select="$t[@k='citizen_profile.security']"/></h2>
    <p><xsl:value-of select="$t[@k='citizen_profile.security_text']"/></p>
    <p><a href="/account"><xsl:value-of select="$t[@k='citizen_profile.security_link']"/></a></p>
  </xsl:template>

</xsl:stylesheet>
