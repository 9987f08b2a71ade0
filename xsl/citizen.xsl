<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen.xsl: what the screens and messages of citizen accounts and
  appointments share. Included after layout.xsl (or mail/layout.xsl) is
  imported: it uses $t.

  Times come as <starts_at local="2026-11-24T09:00:00" dow="2">2026-11-24T13:00:00Z</starts_at>
  (the local wall clock of conf time_zone, written by the program).

  Named templates:
    citizen-date       "mardi 24 novembre 2026" from value (YYYY-MM-DD…) and dow
    citizen-time       "9 h 00" / "9:00 a.m." from a local YYYY-MM-DDThh:mm
    citizen-when       date and time of a time element; markup: <time> or text
    citizen-state      the state of an <appointment> in words
    citizen-identity   the identity icon and its words: state none | not_validated | validated
    citizen-association the association icon and its words (same states)
    citizen-person-fields  given_name, family_name, birth_date, health_card (and relation)
    citizen-relation   the words of a relation code
    citizen-phone      a number of the North American plan as 506-555-0123
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Replaces {ph} in s by with (text). -->
  <xsl:template name="citizen-replace">
    <xsl:param name="s"/>
    <xsl:param name="ph"/>
    <xsl:param name="with"/>
    <xsl:choose>
      <xsl:when test="contains($s, $ph)">
        <xsl:value-of select="concat(substring-before($s, $ph), $with, substring-after($s, $ph))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="citizen-date">
    <xsl:param name="value"/>
    <xsl:param name="dow"/>
    <xsl:variable name="month-key" select="concat('citizen.month.', number(substring($value, 6, 2)))"/>
    <xsl:variable name="dow-key" select="concat('citizen.dow.', $dow)"/>
    <xsl:variable name="a">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s" select="string($t[@k='citizen.format.date'])"/>
        <xsl:with-param name="ph" select="'{dow}'"/>
        <xsl:with-param name="with" select="string($t[@k = $dow-key])"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="b">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s" select="$a"/>
        <xsl:with-param name="ph" select="'{d}'"/>
        <xsl:with-param name="with" select="number(substring($value, 9, 2))"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="c">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s" select="$b"/>
        <xsl:with-param name="ph" select="'{month}'"/>
        <xsl:with-param name="with" select="string($t[@k = $month-key])"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="citizen-replace">
      <xsl:with-param name="s" select="$c"/>
      <xsl:with-param name="ph" select="'{y}'"/>
      <xsl:with-param name="with" select="substring($value, 1, 4)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="citizen-time">
    <xsl:param name="local"/>
    <xsl:variable name="h" select="number(substring($local, 12, 2))"/>
    <xsl:variable name="h12">
      <xsl:choose>
        <xsl:when test="$h = 0">12</xsl:when>
        <xsl:when test="$h &gt; 12"><xsl:value-of select="$h - 12"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$h"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ampm">
      <xsl:choose>
        <xsl:when test="$h &lt; 12"><xsl:value-of select="$t[@k='citizen.time.am']"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k='citizen.time.pm']"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="a">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s">
          <xsl:choose>
            <xsl:when test="string($t[@k='citizen.format.clock']) = '12'"><xsl:value-of select="$t[@k='citizen.format.time12']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='citizen.format.time24']"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="ph" select="'{h12}'"/>
        <xsl:with-param name="with" select="$h12"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="b">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s" select="$a"/>
        <xsl:with-param name="ph" select="'{h}'"/>
        <xsl:with-param name="with" select="$h"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="c">
      <xsl:call-template name="citizen-replace">
        <xsl:with-param name="s" select="$b"/>
        <xsl:with-param name="ph" select="'{mm}'"/>
        <xsl:with-param name="with" select="substring($local, 15, 2)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="citizen-replace">
      <xsl:with-param name="s" select="$c"/>
      <xsl:with-param name="ph" select="'{ampm}'"/>
      <xsl:with-param name="with" select="$ampm"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The date and time of a time element (with @local, @dow). -->
  <xsl:template name="citizen-when">
    <xsl:param name="at"/>
    <xsl:param name="markup" select="true()"/>
    <xsl:param name="what" select="'when'"/>
    <xsl:variable name="date">
      <xsl:call-template name="citizen-date">
        <xsl:with-param name="value" select="string($at/@local)"/>
        <xsl:with-param name="dow" select="string($at/@dow)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="time">
      <xsl:call-template name="citizen-time">
        <xsl:with-param name="local" select="string($at/@local)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$what = 'date'"><xsl:value-of select="$date"/></xsl:when>
        <xsl:when test="$what = 'time'"><xsl:value-of select="$time"/></xsl:when>
        <xsl:otherwise>
          <xsl:variable name="a">
            <xsl:call-template name="citizen-replace">
              <xsl:with-param name="s" select="string($t[@k='citizen.format.when'])"/>
              <xsl:with-param name="ph" select="'{date}'"/>
              <xsl:with-param name="with" select="$date"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:call-template name="citizen-replace">
            <xsl:with-param name="s" select="$a"/>
            <xsl:with-param name="ph" select="'{time}'"/>
            <xsl:with-param name="with" select="$time"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$markup"><time datetime="{$at}"><xsl:value-of select="$text"/></time></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The state of an appointment in words. -->
  <xsl:template name="citizen-state">
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="$a/state = 'cancelled' and $a/cancelled_by = 'establishment'"><xsl:value-of select="$t[@k='citizen.state.cancelled_establishment']"/></xsl:when>
      <xsl:when test="$a/state = 'cancelled'"><xsl:value-of select="$t[@k='citizen.state.cancelled']"/></xsl:when>
      <xsl:when test="$a/state = 'present'"><xsl:value-of select="$t[@k='citizen.state.present']"/></xsl:when>
      <xsl:when test="$a/past = '1' or $a/@past = '1'"><xsl:value-of select="$t[@k='citizen.state.past']"/></xsl:when>
      <xsl:when test="string($a/confirmed_at)"><xsl:value-of select="$t[@k='citizen.state.confirmed']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='citizen.state.booked']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="citizen-phone">
    <xsl:param name="e164"/>
    <xsl:choose>
      <xsl:when test="string-length($e164) = 12 and starts-with($e164, '+1')">
        <xsl:value-of select="concat(substring($e164, 3, 3), '-', substring($e164, 6, 3), '-', substring($e164, 9, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$e164"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="citizen-relation">
    <xsl:param name="code"/>
    <xsl:variable name="k" select="concat('citizen.relation.', $code)"/>
    <xsl:value-of select="$t[@k = $k]"/>
  </xsl:template>

  <!-- The icons of the follow-up screen: a person (identity) or a card
       (association), with the words of the state next to it; the colour
       and the mark drawn on the icon repeat what the words say. -->
  <xsl:template name="citizen-icon">
    <xsl:param name="shape"/>
    <xsl:param name="state"/>
    <svg xmlns="http://www.w3.org/2000/svg" class="cz-icon cz-icon-{$state}" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <xsl:choose>
        <xsl:when test="$shape = 'card'">
          <rect x="2" y="5" width="17" height="13" rx="2" class="cz-icon-body"/>
          <circle cx="7" cy="10" r="2" class="cz-icon-cut"/>
          <rect x="11" y="9" width="6" height="2" class="cz-icon-cut"/>
          <rect x="5" y="13.5" width="12" height="2" class="cz-icon-cut"/>
        </xsl:when>
        <xsl:otherwise>
          <circle cx="10" cy="7" r="4" class="cz-icon-body"/>
          <path d="M2 20c0-4.4 3.6-7 8-7s8 2.6 8 7z" class="cz-icon-body"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$state = 'validated'">
          <circle cx="18.5" cy="17.5" r="5" class="cz-icon-badge"/>
          <path d="M16 17.5l2 2 3.2-3.6" class="cz-icon-mark"/>
        </xsl:when>
        <xsl:when test="$state = 'not_validated'">
          <circle cx="18.5" cy="17.5" r="5" class="cz-icon-badge"/>
          <path d="M18.5 14.5v3.6M18.5 19.8v.6" class="cz-icon-mark"/>
        </xsl:when>
      </xsl:choose>
    </svg>
  </xsl:template>

  <xsl:template name="citizen-identity">
    <xsl:param name="state"/>
    <xsl:variable name="k" select="concat('citizen.identity.', $state)"/>
    <span class="cz-status cz-status-{$state}">
      <xsl:call-template name="citizen-icon">
        <xsl:with-param name="shape" select="'person'"/>
        <xsl:with-param name="state" select="$state"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <span class="cz-status-text"><xsl:value-of select="$t[@k = $k]"/></span>
    </span>
  </xsl:template>

  <xsl:template name="citizen-association">
    <xsl:param name="state"/>
    <xsl:variable name="k" select="concat('citizen.association.', $state)"/>
    <span class="cz-status cz-status-{$state}">
      <xsl:call-template name="citizen-icon">
        <xsl:with-param name="shape" select="'card'"/>
        <xsl:with-param name="state" select="$state"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <span class="cz-status-text"><xsl:value-of select="$t[@k = $k]"/></span>
    </span>
  </xsl:template>

  <!-- A person's details as form fields; labels are {screen}.{field}.
       p: an element with given_name, family_name, birth_date, health_card
       (and relation). -->
  <xsl:template name="citizen-person-fields">
    <xsl:param name="p"/>
    <xsl:param name="relation" select="false()"/>
    <xsl:variable name="screen" select="string(/page/@screen)"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'given_name'"/>
      <xsl:with-param name="label" select="concat($screen, '.given_name')"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="value" select="string($p/given_name)"/>
      <xsl:with-param name="maxlength" select="'100'"/>
      <xsl:with-param name="autocomplete" select="'off'"/>
    </xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'family_name'"/>
      <xsl:with-param name="label" select="concat($screen, '.family_name')"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="value" select="string($p/family_name)"/>
      <xsl:with-param name="maxlength" select="'100'"/>
      <xsl:with-param name="autocomplete" select="'off'"/>
    </xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'birth_date'"/>
      <xsl:with-param name="type" select="'date'"/>
      <xsl:with-param name="label" select="concat($screen, '.birth_date')"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="value" select="string($p/birth_date)"/>
      <xsl:with-param name="help" select="'citizen.birth_date_help'"/>
      <xsl:with-param name="width" select="'medium'"/>
    </xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'health_card'"/>
      <xsl:with-param name="label" select="concat($screen, '.health_card')"/>
      <xsl:with-param name="value" select="string($p/health_card)"/>
      <xsl:with-param name="help" select="'citizen.health_card_help'"/>
      <xsl:with-param name="maxlength" select="'24'"/>
      <xsl:with-param name="width" select="'medium'"/>
      <xsl:with-param name="autocomplete" select="'off'"/>
    </xsl:call-template>
    <xsl:if test="$relation">
      <xsl:variable name="error" select="string(/page/errors/error[@field = 'relation'][1]/@key)"/>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-relation">
          <xsl:value-of select="$t[@k = concat($screen, '.relation')]"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <xsl:if test="$error">
          <p class="field-error" id="field-relation-error"><xsl:value-of select="$t[@k = $error]"/></p>
        </xsl:if>
        <select class="input input-medium" id="field-relation" name="relation" aria-required="true">
          <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">field-relation-error</xsl:attribute></xsl:if>
          <xsl:call-template name="citizen-relation-option"><xsl:with-param name="code" select="'child'"/><xsl:with-param name="current" select="string($p/relation)"/></xsl:call-template>
          <xsl:call-template name="citizen-relation-option"><xsl:with-param name="code" select="'parent'"/><xsl:with-param name="current" select="string($p/relation)"/></xsl:call-template>
          <xsl:call-template name="citizen-relation-option"><xsl:with-param name="code" select="'spouse'"/><xsl:with-param name="current" select="string($p/relation)"/></xsl:call-template>
          <xsl:call-template name="citizen-relation-option"><xsl:with-param name="code" select="'other'"/><xsl:with-param name="current" select="string($p/relation)"/></xsl:call-template>
        </select>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="citizen-relation-option">
    <xsl:param name="code"/>
    <xsl:param name="current"/>
    <option value="{$code}">
      <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:call-template name="citizen-relation"><xsl:with-param name="code" select="$code"/></xsl:call-template>
    </option>
  </xsl:template>

</xsl:stylesheet>
