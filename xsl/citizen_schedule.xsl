<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_schedule.xsl: an establishment's slots.
  <content>
    <services><service><id/><name/><duration_minutes/><active/></service>…</services>
    <day date="2026-11-24"><slot><id/><version/><starts_at local=".."/><ends_at/>
      <seat/><state>open|cancelled</state><service_id/><service/>
      <appointment_id/><appointment_state/><given_name/><family_name/></slot>…</day>
    <filter><service/></filter>
    <series><service/><first/><last/><start/><end/><places/><weekday>1</weekday>…</series>
  </content>
  POST /establishment/schedule: csrf, action=open (service, first, last,
  weekday[]… 0 Sunday to 6 Saturday, start, end, places) | cancel (slot, version).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_schedule.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="d" select="day"/>
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <form method="get" action="/establishment/schedule" class="form filters" role="search" aria-labelledby="day-title">
      <h2 id="day-title"><xsl:value-of select="$t[@k='citizen_schedule.day_title']"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'date'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'citizen_schedule.date'"/>
        <xsl:with-param name="value" select="string($d/@date)"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='citizen_schedule.show']"/></button>
      </div>
    </form>
    <xsl:choose>
      <xsl:when test="$d/slot">
        <div class="table-wrap">
          <table class="table">
            <caption><xsl:value-of select="$t[@k='citizen_schedule.caption']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_schedule.col.time']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_schedule.col.service']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_schedule.col.state']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='citizen_schedule.col.actions']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$d/slot">
                <tr>
                  <th scope="row">
                    <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="starts_at"/><xsl:with-param name="what" select="'time'"/></xsl:call-template>
                    <xsl:if test="seat != '1'"><xsl:value-of select="concat(' (', seat, ')')"/></xsl:if>
                  </th>
                  <td><xsl:value-of select="service"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="state = 'cancelled'"><xsl:value-of select="$t[@k='citizen_schedule.state.cancelled']"/></xsl:when>
                      <xsl:when test="string(appointment_id)"><xsl:value-of select="concat($t[@k='citizen_schedule.state.booked'], ' – ', given_name, ' ', family_name)"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$t[@k='citizen_schedule.state.free']"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td>
                    <xsl:if test="state = 'open'">
                      <form method="post" action="/establishment/schedule" class="cz-inline-form">
                        <xsl:call-template name="hidden-csrf"/>
                        <input type="hidden" name="action" value="cancel"/>
                        <input type="hidden" name="slot" value="{id}"/>
                        <input type="hidden" name="version" value="{version}"/>
                        <button type="submit" class="button button-secondary button-small">
                          <xsl:choose>
                            <xsl:when test="string(appointment_id)"><xsl:value-of select="$t[@k='citizen_schedule.cancel_booked']"/></xsl:when>
                            <xsl:otherwise><xsl:value-of select="$t[@k='citizen_schedule.cancel']"/></xsl:otherwise>
                          </xsl:choose>
                          <span class="visually-hidden"><xsl:text> – </xsl:text><xsl:value-of select="service"/><xsl:text> </xsl:text><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="starts_at"/><xsl:with-param name="what" select="'time'"/><xsl:with-param name="markup" select="false()"/></xsl:call-template></span>
                        </button>
                      </form>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <p class="form-note"><xsl:value-of select="$t[@k='citizen_schedule.cancel_help']"/></p>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='citizen_schedule.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="series"/>
  </xsl:template>

  <xsl:template match="series">
    <xsl:variable name="s" select="."/>
    <h2><xsl:value-of select="$t[@k='citizen_schedule.open_title']"/></h2>
    <xsl:choose>
      <xsl:when test="../services/service[active = '1']">
        <form method="post" action="/establishment/schedule" class="form form-narrow">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="action" value="open"/>
          <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
          <xsl:variable name="service-error" select="string(/page/errors/error[@field = 'service'][1]/@key)"/>
          <div>
            <xsl:attribute name="class">field<xsl:if test="$service-error"> field-has-error</xsl:if></xsl:attribute>
            <label class="field-label" for="field-service"><xsl:value-of select="$t[@k='citizen_schedule.service']"/></label>
            <xsl:if test="$service-error"><p class="field-error" id="field-service-error"><xsl:value-of select="$t[@k = $service-error]"/></p></xsl:if>
            <select class="input" id="field-service" name="service">
              <xsl:for-each select="../services/service[active = '1']">
                <option value="{id}">
                  <xsl:if test="string(id) = string($s/service)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                  <xsl:value-of select="name"/>
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'citizen_schedule.minutes'"/>
                    <xsl:with-param name="name" select="'n'"/>
                    <xsl:with-param name="with" select="string(duration_minutes)"/>
                  </xsl:call-template>
                  <xsl:text>)</xsl:text>
                </option>
              </xsl:for-each>
            </select>
          </div>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'first'"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="label" select="'citizen_schedule.first'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="string($s/first)"/>
            <xsl:with-param name="width" select="'medium'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'last'"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="label" select="'citizen_schedule.last'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="string($s/last)"/>
            <xsl:with-param name="help" select="'citizen_schedule.last_help'"/>
            <xsl:with-param name="width" select="'medium'"/>
          </xsl:call-template>
          <xsl:variable name="days-error" select="string(/page/errors/error[@field = 'weekday'][1]/@key)"/>
          <fieldset>
            <xsl:attribute name="class">field<xsl:if test="$days-error"> field-has-error</xsl:if></xsl:attribute>
            <legend class="field-label"><xsl:value-of select="$t[@k='citizen_schedule.weekdays']"/></legend>
            <xsl:if test="$days-error"><p class="field-error" id="field-weekday-error"><xsl:value-of select="$t[@k = $days-error]"/></p></xsl:if>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="1"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="2"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="3"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="4"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="5"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="6"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
            <xsl:call-template name="weekday"><xsl:with-param name="d" select="0"/><xsl:with-param name="s" select="$s"/></xsl:call-template>
          </fieldset>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'start'"/>
            <xsl:with-param name="type" select="'time'"/>
            <xsl:with-param name="label" select="'citizen_schedule.start'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="string($s/start)"/>
            <xsl:with-param name="help" select="'citizen_schedule.time_help'"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'end'"/>
            <xsl:with-param name="type" select="'time'"/>
            <xsl:with-param name="label" select="'citizen_schedule.end'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="string($s/end)"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'places'"/>
            <xsl:with-param name="type" select="'number'"/>
            <xsl:with-param name="label" select="'citizen_schedule.places'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="string($s/places)"/>
            <xsl:with-param name="help" select="'citizen_schedule.places_help'"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_schedule.open']"/></button>
          </div>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='citizen_schedule.no_service']"/><xsl:text> </xsl:text><a href="/establishment/settings"><xsl:value-of select="$t[@k='citizen_schedule.to_settings']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="weekday">
    <xsl:param name="d"/>
    <xsl:param name="s"/>
    <xsl:variable name="k" select="concat('citizen.dow.', $d)"/>
    <div class="checkbox cz-weekday">
      <input type="checkbox" id="field-weekday-{$d}" name="weekday[]" value="{$d}">
        <xsl:if test="$d = 1"><xsl:attribute name="id">field-weekday</xsl:attribute></xsl:if>
        <xsl:if test="$s/weekday[. = $d]"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <xsl:text> </xsl:text>
      <label for="field-weekday-{$d}">
        <xsl:if test="$d = 1"><xsl:attribute name="for">field-weekday</xsl:attribute></xsl:if>
        <xsl:value-of select="$t[@k = $k]"/>
      </label>
    </div>
  </xsl:template>

</xsl:stylesheet>
