<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_checkin.xsl: the guided check-in and the identity and association
  dialogs (a dialog is a page here: it works without JavaScript).
  <content><checkin mode="flow|identity|association" date="2026-11-24"
      future="0|1" step="present|identity|association|done">
    <appointment><id/><version/><state/><starts_at local=".."/><confirmed_at/>
      <service/><given_name/><family_name/><birth_date/><relation/></appointment>
    <steps><step code="present|identity|association" state="done|current|todo|none"/>…</steps>
    <holder><id/><version/><given_name/><family_name/><birth_date/><health_card/>
      <relation/><identity_validated_at/><association_validated_at/><email/><phone/></holder>
    <patient>…the same, for a patient who is not the holder…</patient>
    <form><given_name/>…</form>   (the details as submitted, after a refusal)
  </checkin></content>
  POST /establishment/checkin: csrf, appointment, mode, action=present
  (version of the appointment) | identity | association (version of the
  person, the details, confirm=1).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">
    <xsl:variable name="c" select="/page/content/checkin"/>
    <xsl:choose>
      <xsl:when test="$c/@mode = 'identity'">citizen_checkin.title_identity</xsl:when>
      <xsl:when test="$c/@mode = 'association'">citizen_checkin.title_association</xsl:when>
      <xsl:otherwise>citizen_checkin.title_flow</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="c" select="checkin"/>
    <xsl:variable name="a" select="$c/appointment"/>
    <p><a href="/establishment/follow?date={$c/@date}#a{$a/id}"><xsl:value-of select="$t[@k='citizen_checkin.back']"/></a></p>
    <p class="cz-visit">
      <strong><xsl:value-of select="concat($a/given_name, ' ', $a/family_name)"/></strong>
      <xsl:text> – </xsl:text>
      <xsl:value-of select="$a/service"/>
      <xsl:text> – </xsl:text>
      <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="$a/starts_at"/></xsl:call-template>
    </p>
    <xsl:choose>
      <xsl:when test="$c/@mode = 'identity'">
        <xsl:call-template name="identity-form"><xsl:with-param name="c" select="$c"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$c/@mode = 'association'">
        <xsl:call-template name="association-form"><xsl:with-param name="c" select="$c"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="steps"><xsl:with-param name="c" select="$c"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="$c/@step = 'present'">
            <h2><xsl:value-of select="$t[@k='citizen_checkin.step.present']"/></h2>
            <xsl:choose>
              <xsl:when test="$c/@future = '1'"><p class="notice"><xsl:value-of select="$t[@k='err.citizen_checkin.not_today']"/></p></xsl:when>
              <xsl:when test="$a/state = 'cancelled'"><p class="notice"><xsl:value-of select="$t[@k='err.citizen_checkin.not_booked']"/></p></xsl:when>
              <xsl:otherwise>
                <form method="post" action="/establishment/checkin" class="form">
                  <xsl:call-template name="hidden-csrf"/>
                  <input type="hidden" name="action" value="present"/>
                  <input type="hidden" name="mode" value="flow"/>
                  <input type="hidden" name="appointment" value="{$a/id}"/>
                  <input type="hidden" name="version" value="{$a/version}"/>
                  <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_checkin.mark_present']"/></button>
                </form>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:when test="$c/@step = 'identity'">
            <h2><xsl:value-of select="$t[@k='citizen_checkin.title_identity']"/></h2>
            <xsl:call-template name="identity-form"><xsl:with-param name="c" select="$c"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$c/@step = 'association'">
            <h2><xsl:value-of select="$t[@k='citizen_checkin.title_association']"/></h2>
            <xsl:call-template name="association-form"><xsl:with-param name="c" select="$c"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <p class="cz-done" role="status"><xsl:value-of select="$t[@k='citizen_checkin.all_done']"/></p>
            <p><a class="button" href="/establishment/follow?date={$c/@date}#a{$a/id}"><xsl:value-of select="$t[@k='citizen_checkin.back_to_day']"/></a></p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 1 Indiquez présent · 2 Identifiez le citoyen · 3 Validez l'association,
       each with its number, or a check once done. -->
  <xsl:template name="steps">
    <xsl:param name="c"/>
    <h2 class="visually-hidden"><xsl:value-of select="$t[@k='citizen_checkin.steps']"/></h2>
    <ol class="cz-steps">
      <xsl:for-each select="$c/steps/step">
        <xsl:variable name="k" select="concat('citizen_checkin.step.', @code, '.', @state)"/>
        <li class="cz-step cz-step-{@state}">
          <xsl:if test="@state = 'current'"><xsl:attribute name="aria-current">step</xsl:attribute></xsl:if>
          <span class="cz-step-mark" aria-hidden="true">
            <xsl:choose>
              <xsl:when test="@state = 'done'">✓</xsl:when>
              <xsl:when test="@state = 'none'">–</xsl:when>
              <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
            </xsl:choose>
          </span>
          <span class="cz-step-text">
            <span class="visually-hidden"><xsl:value-of select="concat(position(), '. ')"/></span>
            <xsl:value-of select="$t[@k = $k]"/>
          </span>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- The read-only contact of the account and the checkbox and button of
       a dialog. -->
  <xsl:template name="confirm-box">
    <xsl:param name="label"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'confirm'][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field checkbox<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <xsl:if test="$error">
        <p class="field-error" id="field-confirm-error"><xsl:value-of select="$t[@k = $error]"/></p>
      </xsl:if>
      <input type="checkbox" id="field-confirm" name="confirm" value="1" aria-required="true">
        <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">field-confirm-error</xsl:attribute></xsl:if>
      </input>
      <xsl:text> </xsl:text>
      <label for="field-confirm"><xsl:copy-of select="$label"/></label>
    </div>
  </xsl:template>

  <xsl:template name="hidden">
    <xsl:param name="c"/>
    <xsl:param name="action"/>
    <xsl:param name="person"/>
    <xsl:call-template name="hidden-csrf"/>
    <input type="hidden" name="action" value="{$action}"/>
    <input type="hidden" name="mode" value="{$c/@mode}"/>
    <input type="hidden" name="appointment" value="{$c/appointment/id}"/>
    <input type="hidden" name="version" value="{$person/version}"/>
  </xsl:template>

  <xsl:template name="identity-form">
    <xsl:param name="c"/>
    <xsl:variable name="h" select="$c/holder"/>
    <xsl:variable name="f" select="$c/form | $h[not(../form)]"/>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_checkin.identity_intro']"/></p>
    <p>
      <xsl:call-template name="citizen-identity">
        <xsl:with-param name="state">
          <xsl:choose>
            <xsl:when test="string($h/identity_validated_at)">validated</xsl:when>
            <xsl:otherwise>not_validated</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </p>
    <form method="post" action="/establishment/checkin" class="form form-narrow">
      <xsl:call-template name="hidden">
        <xsl:with-param name="c" select="$c"/>
        <xsl:with-param name="action" select="'identity'"/>
        <xsl:with-param name="person" select="$h"/>
      </xsl:call-template>
      <p class="form-note"><xsl:value-of select="$t[@k='citizen_checkin.check_details']"/></p>
      <xsl:call-template name="citizen-person-fields"><xsl:with-param name="p" select="$f"/></xsl:call-template>
      <xsl:call-template name="contact"><xsl:with-param name="h" select="$h"/></xsl:call-template>
      <xsl:call-template name="confirm-box">
        <xsl:with-param name="label" select="string($t[@k='citizen_checkin.identity_check'])"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_checkin.identity_submit']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="association-form">
    <xsl:param name="c"/>
    <xsl:variable name="h" select="$c/holder"/>
    <xsl:variable name="p" select="$c/patient"/>
    <xsl:variable name="f" select="$c/form | $p[not(../form)]"/>
    <xsl:variable name="patient" select="concat($p/given_name, ' ', $p/family_name)"/>
    <xsl:variable name="holder" select="concat($h/given_name, ' ', $h/family_name)"/>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_checkin.association_intro']"/></p>
    <p>
      <xsl:call-template name="citizen-association">
        <xsl:with-param name="state">
          <xsl:choose>
            <xsl:when test="string($p/association_validated_at)">validated</xsl:when>
            <xsl:otherwise>not_validated</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </p>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_checkin.holder']"/></dt>
        <dd>
          <xsl:value-of select="$holder"/>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="citizen-relation"><xsl:with-param name="code" select="string($p/relation)"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="citizen-identity">
            <xsl:with-param name="state">
              <xsl:choose>
                <xsl:when test="string($h/identity_validated_at)">validated</xsl:when>
                <xsl:otherwise>not_validated</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </dd>
      </div>
    </dl>
    <xsl:choose>
      <xsl:when test="not(string($h/identity_validated_at))">
        <p class="notice"><xsl:value-of select="$t[@k='err.citizen_checkin.identity_first']"/></p>
        <p><a href="/establishment/checkin?appointment={$c/appointment/id}&amp;mode=identity"><xsl:value-of select="$t[@k='citizen_checkin.to_identity']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <form method="post" action="/establishment/checkin" class="form form-narrow">
          <xsl:call-template name="hidden">
            <xsl:with-param name="c" select="$c"/>
            <xsl:with-param name="action" select="'association'"/>
            <xsl:with-param name="person" select="$p"/>
          </xsl:call-template>
          <p class="form-note"><xsl:value-of select="$t[@k='citizen_checkin.check_details']"/></p>
          <xsl:call-template name="citizen-person-fields"><xsl:with-param name="p" select="$f"/></xsl:call-template>
          <xsl:call-template name="confirm-box">
            <xsl:with-param name="label">
              <xsl:call-template name="citizen-replace">
                <xsl:with-param name="s">
                  <xsl:call-template name="citizen-replace">
                    <xsl:with-param name="s" select="string($t[@k='citizen_checkin.association_check'])"/>
                    <xsl:with-param name="ph" select="'{patient}'"/>
                    <xsl:with-param name="with" select="$patient"/>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="ph" select="'{holder}'"/>
                <xsl:with-param name="with" select="$holder"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_checkin.association_submit']"/></button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="contact">
    <xsl:param name="h"/>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_checkin.email']"/></dt>
        <dd><xsl:value-of select="$h/email"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='citizen_checkin.phone']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="string($h/phone)"><xsl:call-template name="citizen-phone"><xsl:with-param name="e164" select="string($h/phone)"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='citizen_checkin.no_phone']"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </dl>
  </xsl:template>

</xsl:stylesheet>
