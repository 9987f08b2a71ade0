<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_appt.xsl: one appointment as its citizen sees it, with the forms
  that confirm presence and cancel while the establishment's cut-off has
  not passed (included by citizen_appointments.xsl and citizen_manage.xsl,
  after citizen.xsl).
    appt-detail  a: the <appointment> (see appt.c); action: where the forms
                 POST; link: <link a=".." key=".."/> for a booking without an
                 account (its forms carry a and key instead of id)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="appt-detail">
    <xsl:param name="a"/>
    <xsl:param name="action"/>
    <xsl:param name="link" select="/.."/>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.when']"/></dt>
        <dd><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/starts_at"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.who']"/></dt>
        <dd><xsl:value-of select="concat($a/given_name, ' ', $a/family_name)"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.service']"/></dt>
        <dd><xsl:value-of select="$a/service"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.where']"/></dt>
        <dd>
          <xsl:value-of select="$a/establishment"/><br/>
          <xsl:value-of select="concat($a/address_line, ', ', $a/city, ' ', $a/postal_code)"/><br/>
          <xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($a/establishment_phone)"/></xsl:call-template>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.state']"/></dt>
        <dd><xsl:call-template name="citizen-state"><xsl:with-param name="a" select="$a"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_appt.contact']"/></dt>
        <dd>
          <xsl:value-of select="$a/contact_email"/>
          <xsl:if test="string($a/contact_phone)"><br/><xsl:value-of select="$t[@k='citizen_appt.sms_to']"/><xsl:text> </xsl:text><xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($a/contact_phone)"/></xsl:call-template></xsl:if>
        </dd>
      </div>
    </dl>
    <xsl:choose>
      <xsl:when test="$a/@changeable = '1'">
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'citizen_appt.until'"/>
            <xsl:with-param name="name" select="'date'"/>
            <xsl:with-param name="with">
              <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/cutoff_at"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
        <div class="cz-actions">
          <xsl:if test="not(string($a/confirmed_at))">
            <xsl:call-template name="appt-action">
              <xsl:with-param name="a" select="$a"/>
              <xsl:with-param name="action" select="$action"/>
              <xsl:with-param name="link" select="$link"/>
              <xsl:with-param name="do" select="'confirm'"/>
              <xsl:with-param name="label" select="'citizen_appt.confirm'"/>
              <xsl:with-param name="help" select="'citizen_appt.confirm_help'"/>
              <xsl:with-param name="class" select="'button'"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:call-template name="appt-action">
            <xsl:with-param name="a" select="$a"/>
            <xsl:with-param name="action" select="$action"/>
            <xsl:with-param name="link" select="$link"/>
            <xsl:with-param name="do" select="'cancel'"/>
            <xsl:with-param name="label" select="'citizen_appt.cancel'"/>
            <xsl:with-param name="help" select="'citizen_appt.cancel_help'"/>
            <xsl:with-param name="class" select="'button button-secondary'"/>
          </xsl:call-template>
        </div>
      </xsl:when>
      <xsl:when test="$a/state = 'booked' and $a/@past != '1'">
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'citizen_appt.too_late'"/>
            <xsl:with-param name="name" select="'phone'"/>
            <xsl:with-param name="with"><xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($a/establishment_phone)"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="$a/state = 'booked' and $a/@past != '1'">
      <p class="form-note"><xsl:value-of select="$t[@k='citizen_appt.bring']"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="appt-action">
    <xsl:param name="a"/>
    <xsl:param name="action"/>
    <xsl:param name="link"/>
    <xsl:param name="do"/>
    <xsl:param name="label"/>
    <xsl:param name="help"/>
    <xsl:param name="class"/>
    <form method="post" action="{$action}" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="{$do}"/>
      <input type="hidden" name="version" value="{$a/version}"/>
      <xsl:choose>
        <xsl:when test="$link">
          <input type="hidden" name="a" value="{$link/@a}"/>
          <input type="hidden" name="key" value="{$link/@key}"/>
        </xsl:when>
        <xsl:otherwise>
          <input type="hidden" name="id" value="{$a/id}"/>
        </xsl:otherwise>
      </xsl:choose>
      <p class="field-help" id="help-{$do}"><xsl:value-of select="$t[@k = $help]"/></p>
      <button type="submit" class="{$class}" aria-describedby="help-{$do}"><xsl:value-of select="$t[@k = $label]"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
