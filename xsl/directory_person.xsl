<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_person.xsl: one record of the directory for an admin.
  <content>
    <dirmenu …/>
    <person> every column of dir_person that admins see, ref_* and ovr_*
      and the effective ones, <centre/>, <account_email/>, <account_active/>,
      <account_activated_at/>, <account_last_login/>, <account_invited_at/>,
      <profession_name/>, <ref_profession_name/>, <ref_specialty_name/>,
      <ref_orientation_name/></person>
    <activities><activity><id/><position/><structure/><finess/><role/>
      <street/><postal_code/><city/><ref_mss/><ovr_mss/><mss/></activity>…</activities>
    <access><service><id/><code/><kind/><name/><state/><requested_at/>
      <decided_at/><decided_by/><mine>0|1</mine></service>…</access>
    <professions|specialties|orientations|services><option><code/><name/></option>…</…>
    <form><id/><version/><type/>…<ovr_city/>
      <mss activity="ID">…</mss>… <access service="ID">state</access>…</form>
  </content>
  The form POSTs action=save, id, version and its fields to /directory/person.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_person.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"><xsl:with-param name="current" select="'/directory'"/></xsl:call-template>
    <p><a href="/directory"><xsl:value-of select="$t[@k='directory_person.back']"/></a></p>
    <xsl:apply-templates select="person"/>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="person">
    <h2><xsl:value-of select="concat(given_name, ' ', family_name)"/></h2>
    <dl class="summary-list">
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.matricule'"/><xsl:with-param name="value" select="string(matricule)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.login'"/><xsl:with-param name="value" select="string(login)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.profession'"/><xsl:with-param name="value" select="string(profession_name)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.address'"/><xsl:with-param name="value" select="normalize-space(concat(street_number, ' ', street_repeat, ' ', street_type, ' ', street_label, ' ', postal_code, ' ', city))"/></xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'directory.col.centre'"/>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="string(centre)"><xsl:value-of select="centre"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='directory_person.no_centre']"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.origin'"/><xsl:with-param name="value" select="string($t[@k = concat('directory_person.origin.', current()/origin)])"/></xsl:call-template>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='directory_person.account']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="not(string(account_email))"><xsl:value-of select="$t[@k='directory_person.account.none']"/></xsl:when>
            <xsl:when test="account_active = '0'"><xsl:value-of select="$t[@k='directory_person.account.off']"/></xsl:when>
            <xsl:when test="not(string(account_activated_at))">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'directory_person.account.invited'"/>
                <xsl:with-param name="name" select="'date'"/>
                <xsl:with-param name="with"><xsl:call-template name="datetime"><xsl:with-param name="value" select="account_invited_at"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'directory_person.account.active'"/>
                <xsl:with-param name="name" select="'date'"/>
                <xsl:with-param name="with"><xsl:call-template name="datetime"><xsl:with-param name="value" select="account_last_login"/><xsl:with-param name="empty" select="'users.never'"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'directory.col.updated'"/>
        <xsl:with-param name="value"><xsl:call-template name="datetime"><xsl:with-param name="value" select="updated_at"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <div class="summary-row">
      <dt><xsl:value-of select="$t[@k = $label]"/></dt>
      <dd><xsl:copy-of select="$value"/></dd>
    </div>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="f" select="."/>
    <xsl:variable name="p" select="../person"/>
    <xsl:variable name="ref" select="$p/origin = 'reference'"/>
    <form method="post" action="/directory/person" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="save"/>
      <input type="hidden" name="id" value="{id}"/>
      <input type="hidden" name="version" value="{version}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <p class="form-note"><xsl:value-of select="$t[@k='directory_person.ref_note']"/></p>

      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_person.identity']"/></legend>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'type'"/>
          <xsl:with-param name="label" select="'directory_person.type'"/>
          <xsl:with-param name="current" select="string($f/type)"/>
          <xsl:with-param name="codes" select="'health agent other'"/>
          <xsl:with-param name="prefix" select="'directory.type.'"/>
          <xsl:with-param name="any" select="'directory_person.choose'"/>
          <xsl:with-param name="required" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_family_name'"/><xsl:with-param name="ref" select="$p/ref_family_name"/><xsl:with-param name="max" select="100"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_birth_name'"/><xsl:with-param name="ref" select="$p/ref_birth_name"/><xsl:with-param name="max" select="100"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_given_name'"/><xsl:with-param name="ref" select="$p/ref_given_name"/><xsl:with-param name="max" select="100"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_birth_date'"/><xsl:with-param name="ref" select="$p/ref_birth_date"/><xsl:with-param name="type" select="'date'"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_profession'"/><xsl:with-param name="ref" select="$p/ref_profession_name"/><xsl:with-param name="options" select="../professions/option"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_specialty'"/><xsl:with-param name="ref" select="$p/ref_specialty_name"/><xsl:with-param name="options" select="../specialties/option"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_orientation'"/><xsl:with-param name="ref" select="$p/ref_orientation_name"/><xsl:with-param name="options" select="../orientations/option"/></xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'activity_state'"/>
          <xsl:with-param name="label" select="'directory_person.activity_state'"/>
          <xsl:with-param name="current" select="string($f/activity_state)"/>
          <xsl:with-param name="codes" select="'active inactive'"/>
          <xsl:with-param name="prefix" select="'directory.state.'"/>
          <xsl:with-param name="any" select="'directory_person.choose'"/>
          <xsl:with-param name="required" select="true()"/>
        </xsl:call-template>
      </fieldset>

      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_person.numbers']"/></legend>
        <xsl:choose>
          <xsl:when test="$ref">
            <p class="ref-value"><xsl:value-of select="$t[@k='directory_person.rpps']"/><span class="ref-mark"> (*)</span><xsl:value-of select="$t[@k='error.summary.sep']"/><xsl:call-template name="or-none"><xsl:with-param name="v" select="$p/rpps"/></xsl:call-template></p>
            <p class="ref-value"><xsl:value-of select="$t[@k='directory_person.adeli']"/><span class="ref-mark"> (*)</span><xsl:value-of select="$t[@k='error.summary.sep']"/><xsl:call-template name="or-none"><xsl:with-param name="v" select="$p/adeli"/></xsl:call-template></p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="field"><xsl:with-param name="name" select="'rpps'"/><xsl:with-param name="label" select="'directory_person.rpps'"/><xsl:with-param name="value" select="$f/rpps"/><xsl:with-param name="help" select="'directory.rpps.help'"/><xsl:with-param name="maxlength" select="'11'"/><xsl:with-param name="autocomplete" select="'off'"/></xsl:call-template>
            <xsl:call-template name="field"><xsl:with-param name="name" select="'adeli'"/><xsl:with-param name="label" select="'directory_person.adeli'"/><xsl:with-param name="value" select="$f/adeli"/><xsl:with-param name="help" select="'directory.adeli.help'"/><xsl:with-param name="maxlength" select="'9'"/><xsl:with-param name="autocomplete" select="'off'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </fieldset>

      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_person.contact']"/></legend>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'email'"/><xsl:with-param name="type" select="'email'"/><xsl:with-param name="label" select="'directory_person.email'"/><xsl:with-param name="value" select="$f/email"/><xsl:with-param name="help" select="'directory_person.email.help'"/><xsl:with-param name="maxlength" select="'254'"/><xsl:with-param name="autocomplete" select="'off'"/></xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'lang'"/>
          <xsl:with-param name="label" select="'directory_person.lang'"/>
          <xsl:with-param name="current" select="string($f/lang)"/>
          <xsl:with-param name="codes" select="'fr en'"/>
          <xsl:with-param name="prefix" select="'lang.name.'"/>
          <xsl:with-param name="any" select="'directory_person.choose'"/>
          <xsl:with-param name="required" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_phone'"/><xsl:with-param name="ref" select="$p/ref_phone"/><xsl:with-param name="type" select="'tel'"/><xsl:with-param name="max" select="32"/></xsl:call-template>
        <xsl:call-template name="pair"><xsl:with-param name="name" select="'ovr_mss'"/><xsl:with-param name="ref" select="$p/ref_mss"/><xsl:with-param name="type" select="'email'"/><xsl:with-param name="max" select="254"/></xsl:call-template>
      </fieldset>

      <xsl:call-template name="address"/>
      <xsl:call-template name="activities"/>
      <xsl:call-template name="access"/>

      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_person.save']"/></button>
        <xsl:text> </xsl:text>
        <a href="/directory"><xsl:value-of select="$t[@k='directory_person.back']"/></a>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="or-none">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="string($v)"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='directory_person.ref.none']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    pair: a value of the national reference, read-only and marked (*), and
    the field of its value for modification. Words: directory_person.{name}
    (the field) and directory_person.{name}.ref (the reference value).
  -->
  <xsl:template name="pair">
    <xsl:param name="name"/>
    <xsl:param name="ref"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="max" select="''"/>
    <xsl:param name="options" select="/.."/>
    <xsl:variable name="id" select="concat('field-', $name)"/>
    <xsl:variable name="value" select="string(/page/content/form/*[local-name() = $name])"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <p class="ref-value" id="{$id}-ref">
        <xsl:value-of select="$t[@k = concat('directory_person.', $name, '.ref')]"/>
        <span class="ref-mark"> (*)</span>
        <xsl:value-of select="$t[@k='error.summary.sep']"/>
        <xsl:call-template name="or-none"><xsl:with-param name="v" select="$ref"/></xsl:call-template>
      </p>
      <label class="field-label" for="{$id}"><xsl:value-of select="$t[@k = concat('directory_person.', $name)]"/></label>
      <xsl:if test="$error">
        <p class="field-error" id="{$id}-error">
          <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="$t[@k = $error]"/>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$options">
          <select class="input" id="{$id}" name="{$name}">
            <xsl:call-template name="pair-attributes"><xsl:with-param name="id" select="$id"/><xsl:with-param name="error" select="$error"/></xsl:call-template>
            <xsl:call-template name="dir-options">
              <xsl:with-param name="options" select="$options"/>
              <xsl:with-param name="current" select="$value"/>
              <xsl:with-param name="any" select="'directory_person.keep_ref'"/>
            </xsl:call-template>
          </select>
        </xsl:when>
        <xsl:otherwise>
          <input class="input" id="{$id}" name="{$name}" type="{$type}" value="{$value}">
            <xsl:if test="string($max)"><xsl:attribute name="maxlength"><xsl:value-of select="$max"/></xsl:attribute></xsl:if>
            <xsl:if test="$type = 'email'"><xsl:attribute name="spellcheck">false</xsl:attribute></xsl:if>
            <xsl:attribute name="autocomplete">off</xsl:attribute>
            <xsl:call-template name="pair-attributes"><xsl:with-param name="id" select="$id"/><xsl:with-param name="error" select="$error"/></xsl:call-template>
          </input>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="pair-attributes">
    <xsl:param name="id"/>
    <xsl:param name="error"/>
    <xsl:attribute name="aria-describedby">
      <xsl:value-of select="concat($id, '-ref')"/>
      <xsl:if test="$error"><xsl:value-of select="concat(' ', $id, '-error')"/></xsl:if>
    </xsl:attribute>
    <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
  </xsl:template>

  <!-- The address: the reference one, or the override one as a whole. -->
  <xsl:template name="address">
    <xsl:variable name="p" select="../person"/>
    <xsl:variable name="f" select="."/>
    <xsl:variable name="mode-error" select="string(/page/errors/error[@field = 'addr_mode'][1]/@key)"/>
    <fieldset class="group" id="address">
      <legend><xsl:value-of select="$t[@k='directory_person.address']"/></legend>
      <p class="ref-value">
        <xsl:value-of select="$t[@k='directory_person.address.ref']"/>
        <span class="ref-mark"> (*)</span>
        <xsl:value-of select="$t[@k='error.summary.sep']"/>
        <xsl:choose>
          <xsl:when test="string($p/ref_postal_code) or string($p/ref_street_label)">
            <xsl:value-of select="normalize-space(concat($p/ref_street_number, ' ', $p/ref_street_repeat, ' ', $p/ref_street_type, ' ', $p/ref_street_label))"/>
            <xsl:text>, </xsl:text>
            <xsl:value-of select="concat($p/ref_postal_code, ' ', $p/ref_city)"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k='directory_person.ref.none']"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$mode-error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label" id="field-addr_mode-legend"><xsl:value-of select="$t[@k='directory_person.addr_mode']"/></legend>
        <p class="field-help" id="field-addr_mode-help"><xsl:value-of select="$t[@k='directory_person.addr_mode.help']"/></p>
        <xsl:if test="$mode-error">
          <p class="field-error" id="field-addr_mode-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $mode-error]"/>
          </p>
        </xsl:if>
        <div class="checkbox">
          <input type="radio" id="field-addr_mode" name="addr_mode" value="reference" aria-describedby="field-addr_mode-help">
            <xsl:if test="$f/addr_mode != 'override'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="field-addr_mode"><xsl:value-of select="$t[@k='directory_person.addr_mode.reference']"/></label>
        </div>
        <div class="checkbox">
          <input type="radio" id="field-addr_mode-override" name="addr_mode" value="override" aria-describedby="field-addr_mode-help">
            <xsl:if test="$f/addr_mode = 'override'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text>
          <label for="field-addr_mode-override"><xsl:value-of select="$t[@k='directory_person.addr_mode.override']"/></label>
        </div>
      </fieldset>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'ovr_street_number'"/><xsl:with-param name="label" select="'directory_person.ovr_street_number'"/><xsl:with-param name="value" select="$f/ovr_street_number"/><xsl:with-param name="help" select="'directory_person.ovr_street_number.help'"/><xsl:with-param name="maxlength" select="'5'"/><xsl:with-param name="width" select="'short'"/></xsl:call-template>
      <xsl:call-template name="dir-select">
        <xsl:with-param name="name" select="'ovr_street_repeat'"/>
        <xsl:with-param name="label" select="'directory_person.ovr_street_repeat'"/>
        <xsl:with-param name="current" select="string($f/ovr_street_repeat)"/>
        <xsl:with-param name="codes" select="'bis ter quater'"/>
        <xsl:with-param name="prefix" select="'directory_person.repeat.'"/>
        <xsl:with-param name="any" select="'directory_person.repeat.none'"/>
      </xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'ovr_street_type'"/><xsl:with-param name="label" select="'directory_person.ovr_street_type'"/><xsl:with-param name="value" select="$f/ovr_street_type"/><xsl:with-param name="maxlength" select="'40'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'ovr_street_label'"/><xsl:with-param name="label" select="'directory_person.ovr_street_label'"/><xsl:with-param name="value" select="$f/ovr_street_label"/><xsl:with-param name="help" select="'directory_person.ovr_street_label.help'"/><xsl:with-param name="maxlength" select="'150'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'ovr_postal_code'"/><xsl:with-param name="label" select="'directory_person.ovr_postal_code'"/><xsl:with-param name="value" select="$f/ovr_postal_code"/><xsl:with-param name="maxlength" select="'5'"/><xsl:with-param name="width" select="'short'"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="name" select="'ovr_city'"/><xsl:with-param name="label" select="'directory_person.ovr_city'"/><xsl:with-param name="value" select="$f/ovr_city"/><xsl:with-param name="maxlength" select="'100'"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- Activities, with the secure-messaging address of each. -->
  <xsl:template name="activities">
    <xsl:variable name="f" select="."/>
    <fieldset class="group">
      <legend><xsl:value-of select="$t[@k='directory_person.activities']"/></legend>
      <p class="field-help"><xsl:value-of select="$t[@k='directory_person.activities.help']"/></p>
      <xsl:if test="not(../activities/activity)">
        <p><xsl:value-of select="$t[@k='directory_person.activities.none']"/></p>
      </xsl:if>
      <xsl:for-each select="../activities/activity">
        <xsl:variable name="name" select="concat('mss_', id)"/>
        <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
        <div class="field">
          <h3><xsl:value-of select="structure"/></h3>
          <p>
            <xsl:if test="string(role)"><xsl:value-of select="role"/><br/></xsl:if>
            <xsl:value-of select="normalize-space(concat(street, ', ', postal_code, ' ', city))"/>
          </p>
          <p class="ref-value" id="field-{$name}-ref">
            <xsl:value-of select="$t[@k='directory_person.ovr_mss.ref']"/>
            <span class="ref-mark"> (*)</span>
            <xsl:value-of select="$t[@k='error.summary.sep']"/>
            <xsl:call-template name="or-none"><xsl:with-param name="v" select="ref_mss"/></xsl:call-template>
          </p>
          <label class="field-label" for="field-{$name}"><xsl:value-of select="$t[@k='directory_person.ovr_mss']"/></label>
          <xsl:if test="$error">
            <p class="field-error" id="field-{$name}-error">
              <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
              <xsl:value-of select="$t[@k = $error]"/>
            </p>
          </xsl:if>
          <input class="input" id="field-{$name}" name="{$name}" type="email" spellcheck="false" autocomplete="off" maxlength="254" value="{$f/mss[@activity = current()/id]}">
            <xsl:call-template name="pair-attributes"><xsl:with-param name="id" select="concat('field-', $name)"/><xsl:with-param name="error" select="$error"/></xsl:call-template>
          </input>
        </div>
      </xsl:for-each>
    </fieldset>
  </xsl:template>

  <!-- The answers to the access requests, one per service. -->
  <xsl:template name="access">
    <xsl:variable name="f" select="."/>
    <fieldset class="group" id="access">
      <legend><xsl:value-of select="$t[@k='directory_person.access']"/></legend>
      <p class="field-help"><xsl:value-of select="$t[@k='directory_person.access.help']"/></p>
      <xsl:for-each select="../access/service">
        <xsl:variable name="name" select="concat('access_', id)"/>
        <xsl:variable name="current" select="string($f/access[@service = current()/id])"/>
        <xsl:variable name="label">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'directory_person.access.label'"/>
            <xsl:with-param name="name" select="'service'"/>
            <xsl:with-param name="with" select="string(name)"/>
          </xsl:call-template>
        </xsl:variable>
        <div class="field">
          <xsl:choose>
            <xsl:when test="mine = '1'">
              <label class="field-label" for="field-{$name}"><xsl:value-of select="$label"/></label>
              <xsl:call-template name="decided"/>
              <select class="input" id="field-{$name}" name="{$name}" aria-describedby="field-{$name}-help">
                <xsl:call-template name="dir-code-options">
                  <xsl:with-param name="codes" select="'to_process accepted never_requested refused '"/>
                  <xsl:with-param name="prefix" select="'directory.access.'"/>
                  <xsl:with-param name="current" select="$current"/>
                </xsl:call-template>
              </select>
            </xsl:when>
            <xsl:otherwise>
              <p class="field-label"><xsl:value-of select="$label"/></p>
              <xsl:call-template name="decided"/>
              <xsl:variable name="state-key" select="concat('directory.access.', state)"/>
              <p>
                <xsl:value-of select="$t[@k = $state-key]"/>
                <xsl:text> </xsl:text>
                <span class="field-help"><xsl:value-of select="$t[@k='directory_person.access.not_mine']"/></span>
              </p>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:for-each>
    </fieldset>
  </xsl:template>

  <!-- When the request was made and decided, and by whom. -->
  <xsl:template name="decided">
    <p class="field-help" id="field-access_{id}-help">
      <xsl:choose>
        <xsl:when test="string(requested_at) or string(decided_at)">
          <xsl:if test="string(requested_at)">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'directory_person.access.requested'"/>
              <xsl:with-param name="name" select="'date'"/>
              <xsl:with-param name="with"><xsl:call-template name="datetime"><xsl:with-param name="value" select="requested_at"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:if test="string(decided_at)">
            <xsl:call-template name="msg">
              <xsl:with-param name="key" select="'directory_person.access.decided'"/>
              <xsl:with-param name="name" select="'date'"/>
              <xsl:with-param name="with">
                <xsl:call-template name="datetime"><xsl:with-param name="value" select="decided_at"/></xsl:call-template>
                <xsl:if test="string(decided_by)"><xsl:value-of select="concat(' (', decided_by, ')')"/></xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$t[@k='directory_person.access.never']"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

</xsl:stylesheet>
