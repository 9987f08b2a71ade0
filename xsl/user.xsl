<?xml version="1.0" encoding="UTF-8"?>
<!--
  user.xsl: one account seen by an admin, or the form that creates one.
  <content>
    <account manageable="0|1" self="0|1"><id/><version/><name/><email/><niss/><lang/>
      <org_id/><org/><state>active|deactivated|locked|pending</state>
      <locked_until/><mfa_enabled/><last_login_at/><created_at/>
      <activated_at/><invited_at/>
      <roles><role><id/><code/><name/></role>…</roles></account>   (absent: creation)
    <form><id/><version/><name/><email/><niss/><lang/><org/><roles><role>ID</role>…</roles></form>
    <orgs><org><id/><name/></org>…</orgs>        (only for users.manage_all)
    <grantable><role><id/><code/><name/></role>…</grantable>
  </content>
  Every form POSTs to /user with csrf and action (create, save, deactivate,
  reactivate, resend, mfa_reset, unlock) and, but for create, id.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="niss.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/account">user.title</xsl:when>
      <xsl:otherwise>user.new_title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <p><a href="/users"><xsl:value-of select="$t[@k='user.back']"/></a></p>
    <xsl:choose>
      <xsl:when test="account">
        <xsl:apply-templates select="account"/>
        <xsl:choose>
          <xsl:when test="account/@manageable = '1'">
            <h2><xsl:value-of select="$t[@k='user.edit']"/></h2>
            <xsl:apply-templates select="form"/>
            <xsl:call-template name="actions"/>
          </xsl:when>
          <xsl:otherwise>
            <p class="form-note"><xsl:value-of select="$t[@k='user.readonly']"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead"><xsl:value-of select="$t[@k='user.new_intro']"/></p>
        <xsl:apply-templates select="form"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="account">
    <xsl:variable name="state-key" select="concat('users.state.', state)"/>
    <xsl:variable name="lang-key" select="concat('lang.name.', lang)"/>
    <h2><xsl:value-of select="$t[@k='user.details']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.name']"/></dt>
        <dd><xsl:value-of select="name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.email']"/></dt>
        <dd><xsl:value-of select="email"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.niss']"/></dt>
        <dd><xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.org']"/></dt>
        <dd><xsl:value-of select="org"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.lang']"/></dt>
        <dd><xsl:value-of select="$t[@k = $lang-key]"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.roles']"/></dt>
        <dd>
          <xsl:for-each select="roles/role">
            <xsl:value-of select="name"/>
            <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
          </xsl:for-each>
          <xsl:if test="not(roles/role)"><xsl:value-of select="$t[@k='user.roles_none']"/></xsl:if>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.state']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="state = 'locked'">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'user.locked_until'"/>
                <xsl:with-param name="name" select="'date'"/>
                <xsl:with-param name="with">
                  <xsl:call-template name="datetime"><xsl:with-param name="value" select="locked_until"/></xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="state = 'pending'">
              <xsl:call-template name="msg">
                <xsl:with-param name="key" select="'user.pending_since'"/>
                <xsl:with-param name="name" select="'date'"/>
                <xsl:with-param name="with">
                  <xsl:call-template name="datetime">
                    <xsl:with-param name="value">
                      <xsl:choose>
                        <xsl:when test="string(invited_at)"><xsl:value-of select="invited_at"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="created_at"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:with-param>
                  </xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k = $state-key]"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.mfa']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="mfa_enabled = '1'"><xsl:value-of select="$t[@k='user.mfa_on']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='user.mfa_off']"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.last_login']"/></dt>
        <dd>
          <xsl:call-template name="datetime">
            <xsl:with-param name="value" select="last_login_at"/>
            <xsl:with-param name="empty" select="'users.never'"/>
          </xsl:call-template>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='user.created']"/></dt>
        <dd>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="created_at"/></xsl:call-template>
        </dd>
      </div>
    </dl>
  </xsl:template>

  <!-- The creation or edit form. -->
  <xsl:template match="form">
    <xsl:variable name="f" select="."/>
    <xsl:variable name="roles-error" select="string(/page/errors/error[@field = 'roles'][1]/@key)"/>
    <xsl:variable name="lang-error" select="string(/page/errors/error[@field = 'lang'][1]/@key)"/>
    <xsl:variable name="org-error" select="string(/page/errors/error[@field = 'org'][1]/@key)"/>
    <form method="post" action="/user" class="form">
      <xsl:call-template name="hidden-csrf"/>
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
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="'user.name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/name"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'user.email'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value" select="$f/email"/>
        <xsl:with-param name="help" select="'user.email_help'"/>
        <xsl:with-param name="maxlength" select="'254'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'niss'"/>
        <xsl:with-param name="label" select="'user.niss'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="niss">
            <xsl:with-param name="value" select="$f/niss"/>
            <xsl:with-param name="empty" select="''"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="help" select="'user.niss_help'"/>
        <xsl:with-param name="maxlength" select="'20'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <div>
        <xsl:attribute name="class">field<xsl:if test="$lang-error"> field-has-error</xsl:if></xsl:attribute>
        <label class="field-label" for="field-lang">
          <xsl:value-of select="$t[@k='user.lang']"/>
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
      <xsl:choose>
        <xsl:when test="../orgs/org">
          <div>
            <xsl:attribute name="class">field<xsl:if test="$org-error"> field-has-error</xsl:if></xsl:attribute>
            <label class="field-label" for="field-org">
              <xsl:value-of select="$t[@k='user.org']"/>
              <span class="required-mark" aria-hidden="true"> *</span>
              <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
            </label>
            <xsl:if test="$org-error">
              <p class="field-error" id="field-org-error"><xsl:value-of select="$t[@k = $org-error]"/></p>
            </xsl:if>
            <select class="input" id="field-org" name="org" aria-required="true">
              <xsl:for-each select="../orgs/org">
                <option value="{id}">
                  <xsl:if test="string(id) = string($f/org)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                  <xsl:value-of select="name"/>
                </option>
              </xsl:for-each>
            </select>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="field">
            <p class="field-label"><xsl:value-of select="$t[@k='user.org']"/></p>
            <p>
              <xsl:choose>
                <xsl:when test="../account"><xsl:value-of select="../account/org"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="/page/user/@org"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </div>
        </xsl:otherwise>
      </xsl:choose>
      <fieldset>
        <xsl:attribute name="class">field<xsl:if test="$roles-error"> field-has-error</xsl:if></xsl:attribute>
        <legend class="field-label"><xsl:value-of select="$t[@k='user.roles']"/></legend>
        <p class="field-help" id="field-roles-help"><xsl:value-of select="$t[@k='user.roles_help']"/></p>
        <xsl:if test="$roles-error">
          <p class="field-error" id="field-roles-error"><xsl:value-of select="$t[@k = $roles-error]"/></p>
        </xsl:if>
        <xsl:for-each select="../grantable/role">
          <xsl:variable name="id">
            <xsl:choose>
              <xsl:when test="position() = 1">field-roles</xsl:when>
              <xsl:otherwise><xsl:value-of select="concat('field-role-', id)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <div class="checkbox">
            <input type="checkbox" id="{$id}" name="roles[]" value="{id}">
              <xsl:if test="$f/roles/role = current()/id"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text>
            <label for="{$id}"><xsl:value-of select="name"/></label>
          </div>
        </xsl:for-each>
        <xsl:if test="not(../grantable/role)">
          <p><xsl:value-of select="$t[@k='user.roles_none_grantable']"/></p>
        </xsl:if>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="string(id)"><xsl:value-of select="$t[@k='user.save']"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t[@k='user.create']"/></xsl:otherwise>
          </xsl:choose>
        </button>
      </div>
    </form>
  </xsl:template>

  <!-- The actions the account's state allows, each its own small form. -->
  <xsl:template name="actions">
    <xsl:variable name="a" select="account"/>
    <h2><xsl:value-of select="$t[@k='user.actions']"/></h2>
    <xsl:if test="$a/state = 'locked'">
      <xsl:call-template name="action">
        <xsl:with-param name="action" select="'unlock'"/>
        <xsl:with-param name="label" select="'user.unlock'"/>
        <xsl:with-param name="help" select="'user.unlock_help'"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$a/state = 'pending'">
      <xsl:call-template name="action">
        <xsl:with-param name="action" select="'resend'"/>
        <xsl:with-param name="label" select="'user.resend'"/>
        <xsl:with-param name="help" select="'user.resend_help'"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$a/mfa_enabled = '1'">
      <xsl:call-template name="action">
        <xsl:with-param name="action" select="'mfa_reset'"/>
        <xsl:with-param name="label" select="'user.mfa_reset'"/>
        <xsl:with-param name="help" select="'user.mfa_reset_help'"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$a/state = 'deactivated'">
        <xsl:call-template name="action">
          <xsl:with-param name="action" select="'reactivate'"/>
          <xsl:with-param name="label" select="'user.reactivate'"/>
          <xsl:with-param name="help" select="'user.reactivate_help'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a/@self != '1'">
        <xsl:call-template name="action">
          <xsl:with-param name="action" select="'deactivate'"/>
          <xsl:with-param name="label" select="'user.deactivate'"/>
          <xsl:with-param name="help" select="'user.deactivate_help'"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="action">
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="help"/>
    <form method="post" action="/user" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="{$action}"/>
      <input type="hidden" name="id" value="{/page/content/account/id}"/>
      <p class="field-help" id="help-{$action}"><xsl:value-of select="$t[@k = $help]"/></p>
      <button type="submit" class="button button-secondary" aria-describedby="help-{$action}"><xsl:value-of select="$t[@k = $label]"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
