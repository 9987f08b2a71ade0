<?xml version="1.0" encoding="UTF-8"?>
<!--
  client_contact.xsl: adds a contact to a client, or edits one.
  <content>
    <client id=".." tab="contacts" active="0|1">…</client>   (client-parts.xsl)
    <form><id/><version/><active/><access/>        (id… for an existing contact;
                                                    access: its live portal access)
      <relationship/><relation_detail/><given_name/><family_name/><email/>
      <phone/><lang/></form>
    <confirm>deactivate</confirm>   (the deactivation removes portal access: confirm)
  </content>
  Every form POSTs to /client/contact with client and action (create,
  save, deactivate, reactivate) and, but for create, id and version.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/confirm">client_contact.confirm_title</xsl:when>
      <xsl:when test="string(/page/content/form/id)">client_contact.title</xsl:when>
      <xsl:otherwise>client_contact.new_title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="client" select="client/@id"/>
    <p><a href="/client/contacts?id={$client}"><xsl:value-of select="$t[@k='client_contact.back']"/></a></p>
    <xsl:call-template name="client-header"/>
    <xsl:choose>
      <xsl:when test="confirm">
        <xsl:call-template name="confirm"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="form"/>
        <xsl:if test="string(form/id)"><xsl:call-template name="state"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="f" select="."/>
    <xsl:variable name="rel-error" select="string(/page/errors/error[@field = 'relationship'][1]/@key)"/>
    <xsl:variable name="lang-error" select="string(/page/errors/error[@field = 'lang'][1]/@key)"/>
    <form method="post" action="/client/contact" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="client" value="{../client/@id}"/>
      <xsl:choose>
        <xsl:when test="string(id)">
          <input type="hidden" name="action" value="save"/>
          <input type="hidden" name="id" value="{id}"/>
          <input type="hidden" name="version" value="{version}"/>
        </xsl:when>
        <xsl:otherwise>
          <input type="hidden" name="action" value="create"/>
        </xsl:otherwise>
      </xsl:choose>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$rel-error"> field-has-error</xsl:if></xsl:attribute>
        <xsl:if test="$rel-error"><xsl:attribute name="aria-describedby">field-relationship-error</xsl:attribute></xsl:if>
        <legend class="field-label">
          <xsl:value-of select="$t[@k='client_contact.relationship']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </legend>
        <xsl:if test="$rel-error">
          <p class="field-error" id="field-relationship-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $rel-error]"/>
          </p>
        </xsl:if>
        <xsl:call-template name="relationship-radio">
          <xsl:with-param name="code" select="'family'"/>
          <xsl:with-param name="id" select="'field-relationship'"/>
          <xsl:with-param name="current" select="string($f/relationship)"/>
        </xsl:call-template>
        <xsl:call-template name="relationship-radio">
          <xsl:with-param name="code" select="'physician'"/>
          <xsl:with-param name="id" select="'field-relationship-physician'"/>
          <xsl:with-param name="current" select="string($f/relationship)"/>
        </xsl:call-template>
        <xsl:call-template name="relationship-radio">
          <xsl:with-param name="code" select="'other'"/>
          <xsl:with-param name="id" select="'field-relationship-other'"/>
          <xsl:with-param name="current" select="string($f/relationship)"/>
        </xsl:call-template>
      </fieldset>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'relation_detail'"/>
        <xsl:with-param name="label" select="'client_contact.relation_detail'"/>
        <xsl:with-param name="help" select="'client_contact.relation_detail_help'"/>
        <xsl:with-param name="value" select="$f/relation_detail"/>
        <xsl:with-param name="maxlength" select="'60'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'given_name'"/>
        <xsl:with-param name="label" select="'client_contact.given_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/given_name"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'family_name'"/>
        <xsl:with-param name="label" select="'client_contact.family_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/family_name"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'client_contact.email'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/email"/>
        <xsl:with-param name="maxlength" select="'254'"/>
        <xsl:with-param name="help" select="'client_contact.email_help'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'phone'"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="label" select="'client_contact.phone'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/phone"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$lang-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-lang">
          <xsl:value-of select="$t[@k='client_contact.lang']"/>
          <span class="required-mark" aria-hidden="true"> *</span>
          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
        </label>
        <xsl:if test="$lang-error">
          <p class="field-error" id="field-lang-error"><xsl:value-of select="$t[@k = $lang-error]"/></p>
        </xsl:if>
        <select class="input input-medium" id="field-lang" name="lang" aria-required="true">
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
      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="string(id)"><xsl:value-of select="$t[@k='client_contact.save']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='client_contact.create']"/></xsl:otherwise>
          </xsl:choose>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- One choice of relationship; the first has the field's own id, which
       the error summary links to. -->
  <xsl:template name="relationship-radio">
    <xsl:param name="code"/>
    <xsl:param name="id"/>
    <xsl:param name="current"/>
    <xsl:variable name="k" select="concat('client_contact.relationship.', $code)"/>
    <div class="radio">
      <input type="radio" id="{$id}" name="relationship" value="{$code}">
        <xsl:if test="$current = $code"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <xsl:text> </xsl:text>
      <label for="{$id}"><xsl:value-of select="$t[@k = $k]"/></label>
    </div>
  </xsl:template>

  <!-- Deactivate or reactivate. -->
  <xsl:template name="state">
    <xsl:variable name="f" select="form"/>
    <h2><xsl:value-of select="$t[@k='client_contact.state_title']"/></h2>
    <form method="post" action="/client/contact" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="client" value="{client/@id}"/>
      <input type="hidden" name="id" value="{$f/id}"/>
      <input type="hidden" name="version" value="{$f/version}"/>
      <xsl:choose>
        <xsl:when test="$f/active = '1'">
          <input type="hidden" name="action" value="deactivate"/>
          <p class="field-help" id="state-help"><xsl:value-of select="$t[@k='client_contact.deactivate_help']"/></p>
          <button type="submit" class="button button-secondary" aria-describedby="state-help"><xsl:value-of select="$t[@k='client_contact.deactivate']"/></button>
        </xsl:when>
        <xsl:otherwise>
          <input type="hidden" name="action" value="reactivate"/>
          <p class="field-help" id="state-help"><xsl:value-of select="$t[@k='client_contact.reactivate_help']"/></p>
          <button type="submit" class="button button-secondary" aria-describedby="state-help"><xsl:value-of select="$t[@k='client_contact.reactivate']"/></button>
        </xsl:otherwise>
      </xsl:choose>
    </form>
  </xsl:template>

  <!-- The confirmation a deactivation that removes portal access asks. -->
  <xsl:template name="confirm">
    <xsl:variable name="f" select="form"/>
    <section class="warning-panel" aria-labelledby="confirm-text">
      <p id="confirm-text" class="lead">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'client_contact.confirm_text'"/>
          <xsl:with-param name="name" select="'name'"/>
          <xsl:with-param name="with" select="concat($f/given_name, ' ', $f/family_name)"/>
        </xsl:call-template>
      </p>
      <form method="post" action="/client/contact" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="client" value="{client/@id}"/>
        <input type="hidden" name="id" value="{$f/id}"/>
        <input type="hidden" name="version" value="{$f/version}"/>
        <input type="hidden" name="action" value="deactivate"/>
        <input type="hidden" name="confirm" value="1"/>
        <div class="form-actions">
          <button type="submit" class="button"><xsl:value-of select="$t[@k='client_contact.confirm_deactivate']"/></button>
          <xsl:text> </xsl:text>
          <a href="/client/contacts?id={client/@id}"><xsl:value-of select="$t[@k='client_contact.cancel']"/></a>
        </div>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
