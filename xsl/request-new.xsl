<?xml version="1.0" encoding="UTF-8"?>
<!--
  request-new.xsl: agency staff offer a service request.
  <content>
    <form><client/><provider/><service/><centre/><lead/><start_date/><end_date/>
      <units/><rate/><instructions/></form>
    <clients><client><id/><name/><lead/></client></clients>
    <providers|services|centres|workers><…><id/><name/></…></…>
  </content>
  POSTs to /request/new.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="partner.xsl"/>

  <xsl:template name="title">partner.new.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="f" select="form"/>
    <p><a href="/requests"><xsl:value-of select="$t[@k='partner.back_requests']"/></a></p>
    <p class="lead"><xsl:value-of select="$t[@k='partner.new.intro']"/></p>
    <form method="post" action="/request/new" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'client'"/>
        <xsl:with-param name="label" select="'partner.new.client'"/>
        <xsl:with-param name="current" select="string($f/client)"/>
        <xsl:with-param name="options" select="clients/client"/>
        <xsl:with-param name="first" select="'partner.choose'"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'provider'"/>
        <xsl:with-param name="label" select="'partner.col.provider'"/>
        <xsl:with-param name="current" select="string($f/provider)"/>
        <xsl:with-param name="options" select="providers/provider"/>
        <xsl:with-param name="first" select="'partner.choose'"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'service'"/>
        <xsl:with-param name="label" select="'partner.col.service'"/>
        <xsl:with-param name="current" select="string($f/service)"/>
        <xsl:with-param name="options" select="services/service"/>
        <xsl:with-param name="first" select="'partner.choose'"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'centre'"/>
        <xsl:with-param name="label" select="'partner.col.centre'"/>
        <xsl:with-param name="current" select="string($f/centre)"/>
        <xsl:with-param name="options" select="centres/centre"/>
        <xsl:with-param name="first" select="'partner.choose'"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'start_date'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.col.start'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="$f/start_date"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'end_date'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'partner.col.end'"/>
        <xsl:with-param name="help" select="'partner.new.end_help'"/>
        <xsl:with-param name="value" select="$f/end_date"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'units'"/>
        <xsl:with-param name="label" select="'partner.new.units'"/>
        <xsl:with-param name="help" select="'partner.new.units_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="$f/units"/>
        <xsl:with-param name="maxlength" select="'12'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'rate'"/>
        <xsl:with-param name="label" select="'partner.new.rate'"/>
        <xsl:with-param name="help" select="'partner.new.rate_help'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="$f/rate"/>
        <xsl:with-param name="maxlength" select="'12'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'instructions'"/>
        <xsl:with-param name="type" select="'textarea'"/>
        <xsl:with-param name="label" select="'partner.request.instructions'"/>
        <xsl:with-param name="help" select="'partner.new.instructions_help'"/>
        <xsl:with-param name="value" select="$f/instructions"/>
        <xsl:with-param name="maxlength" select="'2000'"/>
      </xsl:call-template>
      <xsl:call-template name="p-select">
        <xsl:with-param name="name" select="'lead'"/>
        <xsl:with-param name="label" select="'partner.new.lead'"/>
        <xsl:with-param name="current" select="string($f/lead)"/>
        <xsl:with-param name="options" select="workers/worker"/>
        <xsl:with-param name="first" select="''"/>
        <xsl:with-param name="required" select="'yes'"/>
      </xsl:call-template>
      <p class="field-help"><xsl:value-of select="$t[@k='partner.new.lead_help']"/></p>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='partner.new.submit']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
