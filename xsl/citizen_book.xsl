<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_book.xsl: booking a free time.
  <content>
    <slot><id/><starts_at local=".." dow=".."/><ends_at/><state/><taken/><past/>
      <service_id/><service/><establishment/><address_line/><city/>
      <postal_code/><phone/><cutoff_hours/></slot>
    <account><email/><phone/><sms_opt_in/></account>        (a signed-in citizen)
    <people><person><id/><relation/><given_name/><family_name/><birth_date/></person>…</people>
    <anonymous/>                                            (anyone else)
    <form><for/><given_name/>…<contact_email/><contact_phone/><sms/></form>  (as submitted)
    <alternatives><slot><id/><starts_at/><places/></slot>…</alternatives>  (when the slot cannot be booked)
  </content>
  POST /citizen/book: csrf, slot, for (a person's id or "new"; citizens),
  given_name, family_name, birth_date, health_card, relation (new person),
  contact_email, contact_phone, sms.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">citizen_book.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="s" select="slot"/>
    <xsl:variable name="f" select="form"/>
    <xsl:variable name="slot-refused" select="/page/errors/error[@field = 'slot']"/>
    <p><a href="/citizen/slots?service={$s/service_id}"><xsl:value-of select="$t[@k='citizen_book.back']"/></a></p>
    <div class="cz-summary">
      <h2><xsl:value-of select="$t[@k='citizen_book.your_choice']"/></h2>
      <dl class="summary-list">
        <div class="summary-row">
          <dt><xsl:value-of select="$t[@k='citizen_book.when']"/></dt>
          <dd><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$s/starts_at"/></xsl:call-template></dd>
        </div>
        <div class="summary-row">
          <dt><xsl:value-of select="$t[@k='citizen_book.service']"/></dt>
          <dd><xsl:value-of select="$s/service"/></dd>
        </div>
        <div class="summary-row">
          <dt><xsl:value-of select="$t[@k='citizen_book.where']"/></dt>
          <dd><xsl:value-of select="concat($s/establishment, ', ', $s/address_line, ', ', $s/city, ' ', $s/postal_code)"/></dd>
        </div>
      </dl>
    </div>
    <xsl:if test="$slot-refused and not(alternatives/slot)">
      <p><xsl:value-of select="$t[@k='citizen_book.no_alternative']"/></p>
      <p><a href="/citizen/search"><xsl:value-of select="$t[@k='citizen_book.search_again']"/></a></p>
    </xsl:if>
    <xsl:if test="not($slot-refused) or alternatives/slot">
      <xsl:if test="anonymous">
        <p class="lead"><xsl:value-of select="$t[@k='citizen_book.anonymous_intro']"/></p>
        <p>
          <a href="/login?next=%2Fcitizen%2Fbook%3Fslot%3D{$s/id}"><xsl:value-of select="$t[@k='citizen_book.login']"/></a>
          <xsl:text> · </xsl:text>
          <a href="/citizen/signup"><xsl:value-of select="$t[@k='citizen_book.signup']"/></a>
        </p>
      </xsl:if>
      <form method="post" action="/citizen/book" class="form form-narrow">
        <xsl:call-template name="hidden-csrf"/>
        <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
        <xsl:choose>
          <xsl:when test="$slot-refused">
            <xsl:call-template name="alternatives"/>
          </xsl:when>
          <xsl:otherwise>
            <input type="hidden" name="slot" value="{$s/id}"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="people">
            <xsl:call-template name="for-whom"/>
          </xsl:when>
          <xsl:otherwise>
            <fieldset class="field">
              <legend class="field-label"><xsl:value-of select="$t[@k='citizen_book.patient']"/></legend>
              <xsl:call-template name="citizen-person-fields"><xsl:with-param name="p" select="$f"/></xsl:call-template>
            </fieldset>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="contact"/>
        <div class="form-actions">
          <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_book.submit']"/></button>
        </div>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The next free times, when the chosen one cannot be booked. -->
  <xsl:template name="alternatives">
    <fieldset class="field field-has-error">
      <legend class="field-label"><xsl:value-of select="$t[@k='citizen_book.alternatives']"/></legend>
      <p class="field-error" id="field-slot-error"><xsl:value-of select="$t[@k = /page/errors/error[@field = 'slot'][1]/@key]"/></p>
      <xsl:for-each select="alternatives/slot">
        <xsl:variable name="id">
          <xsl:choose>
            <xsl:when test="position() = 1">field-slot</xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('field-slot-', id)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <div class="radio">
          <input type="radio" id="{$id}" name="slot" value="{id}" aria-describedby="field-slot-error"/>
          <xsl:text> </xsl:text>
          <label for="{$id}"><xsl:call-template name="citizen-when"><xsl:with-param name="at" select="starts_at"/></xsl:call-template></label>
        </div>
      </xsl:for-each>
    </fieldset>
  </xsl:template>

  <!-- A citizen chooses one of the account's people, or a new one. -->
  <xsl:template name="for-whom">
    <xsl:variable name="f" select="form"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'for'][1]/@key)"/>
    <fieldset>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <legend class="field-label">
        <xsl:value-of select="$t[@k='citizen_book.for']"/>
        <span class="required-mark" aria-hidden="true"> *</span>
        <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
      </legend>
      <xsl:if test="$error">
        <p class="field-error" id="field-for-error"><xsl:value-of select="$t[@k = $error]"/></p>
      </xsl:if>
      <xsl:for-each select="people/person">
        <xsl:variable name="id">
          <xsl:choose>
            <xsl:when test="position() = 1">field-for</xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('field-for-', id)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <div class="radio">
          <input type="radio" id="{$id}" name="for" value="{id}">
            <xsl:if test="string($f/for) = string(id) or (not($f) and relation = 'self')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="{$id}">
            <xsl:choose>
              <xsl:when test="relation = 'self'">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'citizen_book.myself'"/>
                  <xsl:with-param name="name" select="'name'"/>
                  <xsl:with-param name="with" select="concat(given_name, ' ', family_name)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="concat(given_name, ' ', family_name, ' (')"/>
                <xsl:call-template name="citizen-relation"><xsl:with-param name="code" select="string(relation)"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </label>
        </div>
      </xsl:for-each>
      <div class="radio">
        <input type="radio" id="field-for-new" name="for" value="new">
          <xsl:if test="$f/for = 'new'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text>
        <label for="field-for-new"><xsl:value-of select="$t[@k='citizen_book.other_patient']"/></label>
      </div>
      <details class="cz-new-person">
        <xsl:if test="$f/for = 'new'"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
        <summary><xsl:value-of select="$t[@k='citizen_book.new_person']"/></summary>
        <p class="field-help"><xsl:value-of select="$t[@k='citizen_book.new_person_help']"/></p>
        <xsl:call-template name="citizen-person-fields">
          <xsl:with-param name="p" select="$f"/>
          <xsl:with-param name="relation" select="true()"/>
        </xsl:call-template>
      </details>
    </fieldset>
  </xsl:template>

  <!-- Where the confirmation and the reminder go. -->
  <xsl:template name="contact">
    <xsl:variable name="f" select="form"/>
    <xsl:variable name="a" select="account"/>
    <fieldset class="field">
      <legend class="field-label"><xsl:value-of select="$t[@k='citizen_book.contact']"/></legend>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'contact_email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'citizen_book.contact_email'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'email'"/>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="$f"><xsl:value-of select="$f/contact_email"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$a/email"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="maxlength" select="'254'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'contact_phone'"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="label" select="'citizen_book.contact_phone'"/>
        <xsl:with-param name="autocomplete" select="'tel'"/>
        <xsl:with-param name="help" select="'citizen.phone_help'"/>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="$f"><xsl:value-of select="$f/contact_phone"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$a/phone"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div class="field checkbox">
        <input type="checkbox" id="field-sms" name="sms" value="1">
          <xsl:if test="($f and $f/sms = '1') or (not($f) and $a/sms_opt_in = '1')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text>
        <label for="field-sms"><xsl:value-of select="$t[@k='citizen_book.sms']"/></label>
      </div>
    </fieldset>
  </xsl:template>

</xsl:stylesheet>
